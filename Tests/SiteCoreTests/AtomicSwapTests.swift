import Foundation
import Testing
import TestFolders
@testable import SiteCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output folder is replaced in one step: a reader never finds it missing
/// or holding part of a site. Asserted on what a watching thread observed,
/// never on how long anything took.
@Suite struct AtomicSwapTests {
    @Test func exchangeSwapsTwoFolders() throws {
        let folder = try TestFolders.temporaryFolder()
        defer { TestSupport.cleanUp(folder) }
        let first = folder.appendingPathComponent("first"), second = folder.appendingPathComponent("second")
        try TestSupport.write("1", to: first.appendingPathComponent("mark"))
        try TestSupport.write("2", to: second.appendingPathComponent("mark"))
        // Every file system the tests run on (ext4, tmpfs, APFS) can exchange.
        #expect(try FolderExchange.exchange(first.path, second.path))
        #expect(try TestSupport.read(first.appendingPathComponent("mark")) == "2")
        #expect(try TestSupport.read(second.appendingPathComponent("mark")) == "1")
        // A missing path is an error, not a refusal to fall back from.
        #expect(throws: FolderExchange.ExchangeError.self) {
            try FolderExchange.exchange(first.path, folder.appendingPathComponent("missing").path)
        }
    }

    /// What the watcher saw, shared between it and the test.
    final class Observations: @unchecked Sendable {
        private let lock = NSLock()
        private var stop = false
        private(set) var looks = 0
        private(set) var missing = 0
        private(set) var partial: [String] = []
        /// Looks at which the build number of the marker file and of the home page agreed.
        private(set) var consistent = 0
        private(set) var inconsistent: [String] = []
        private(set) var builds = Set<Int>()
        /// Builds begun by the test: a look during which none began saw at most
        /// one swap, so the folder it read was never reused as a later build's staging.
        private var started = 0
        /// Looks that overlapped a swap or a later build, which judge nothing but presence.
        private(set) var unjudged = 0

        func beginBuild() { lock.withLock { started += 1 } }
        var buildsStarted: Int { lock.withLock { started } }

        var shouldStop: Bool { lock.withLock { stop } }
        func finish() { lock.withLock { stop = true } }
        var lookCount: Int { lock.withLock { looks } }

        func record(_ update: (Observations) -> Void) { lock.withLock { update(self) } }
        func add(missing: Bool = false, partial problem: String? = nil, build: Int? = nil, mismatch: String? = nil, unjudged: Bool = false) {
            record {
                $0.looks += 1
                if unjudged { $0.unjudged += 1 }
                if missing { $0.missing += 1 }
                if let problem { $0.partial.append(problem) }
                if let build { $0.consistent += 1; $0.builds.insert(build) }
                if let mismatch { $0.inconsistent.append(mismatch) }
            }
        }
    }

    /// The files every build of the fixture writes: a folder missing any is partial.
    static let completeSite = [".sitegen-output", "index.html", "404.html", "01-full.html", "02-local.html", "chapters.js", "build.txt", "assets/style.css"]

    @Test func aWatcherNeverFindsTheOutputMissingOrPartialIn50Builds() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let options = TestSupport.options(site)
        let output = site.appendingPathComponent("public").path
        let homeText = try TestSupport.read(site.appendingPathComponent("content/index.md"))

        func prepareBuild(_ number: Int) throws {
            try TestSupport.write("\(number)\n", to: site.appendingPathComponent("content/build.txt"))
            try TestSupport.write(homeText + "\n构建 build-\(number)-end\n", to: site.appendingPathComponent("content/index.md"))
        }
        try prepareBuild(0)
        _ = try SiteBuilder.build(options)

        let observations = Observations()
        let watcher = Thread {
            while !observations.shouldStop { Self.look(at: output, into: observations) }
        }
        watcher.start()
        defer { observations.finish() }
        for number in 1...50 {
            try prepareBuild(number)
            observations.beginBuild()
            _ = try SiteBuilder.build(options)
            // A handshake, not a wait for time to pass: two more looks end, so
            // at least one began after this build and before the next, and judges it.
            let looksAfter = observations.lookCount
            while observations.lookCount < looksAfter + 2 { sched_yield() }
        }
        observations.finish()
        while !watcher.isFinished { sched_yield() }

        #expect(observations.looks >= 50)
        #expect(observations.missing == 0, "the output folder was missing \(observations.missing) times")
        #expect(observations.partial.isEmpty, "partial output: \(observations.partial.prefix(5))")
        #expect(observations.inconsistent.isEmpty, "files of two builds mixed: \(observations.inconsistent.prefix(5))")
        #expect(observations.consistent + observations.unjudged == observations.looks - observations.missing - observations.partial.count - observations.inconsistent.count)
        // Every build was seen whole, at least by the look after it.
        #expect(observations.consistent >= 50)
        #expect(observations.builds.isSuperset(of: 1...50))
        // After the last build the output is that build's.
        #expect(try TestSupport.read(URL(fileURLWithPath: output).appendingPathComponent("build.txt")) == "50\n")
    }

    /// One look: the output path must name a folder (never missing); it is
    /// opened, so what is read is one folder whatever is renamed meanwhile.
    /// When the path still names that folder afterwards and no build began
    /// meanwhile, every file of a whole site must be in it, and the build
    /// number in build.txt and in index.html must agree.
    static func look(at output: String, into observations: Observations) {
        let buildsBefore = observations.buildsStarted
        var before = stat()
        guard stat(output, &before) == 0 else {
            observations.add(missing: true)
            return
        }
        let folder = open(output, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else {
            observations.add(missing: true)
            return
        }
        defer { close(folder) }
        var opened = stat()
        fstat(folder, &opened)
        let absent = completeSite.filter { faccessat(folder, $0, F_OK, 0) != 0 }
        let marker = readFile(folder, "build.txt")
        let home = readFile(folder, "index.html")
        var after = stat()
        let stillOutput = stat(output, &after) == 0 && after.st_ino == opened.st_ino && before.st_ino == opened.st_ino
        guard stillOutput, observations.buildsStarted == buildsBefore else {
            // Swapped out while being read, or a later build began and may be
            // reusing this very folder as its staging folder: what was read
            // may mix two builds, legitimately. Only its presence counts.
            observations.add(unjudged: true)
            return
        }
        if !absent.isEmpty {
            observations.add(partial: "missing \(absent)")
            return
        }
        let markerNumber = Int(marker.trimmingCharacters(in: .whitespacesAndNewlines))
        let homeNumber = home.range(of: "build-").flatMap { start in Int(home[start.upperBound...].prefix { $0.isNumber }) }
        if let markerNumber, markerNumber == homeNumber {
            observations.add(build: markerNumber)
        } else {
            observations.add(mismatch: "build.txt \(marker.debugDescription), index.html build \(homeNumber.map(String.init) ?? "none")")
        }
    }

    static func readFile(_ folder: Int32, _ name: String) -> String {
        let descriptor = openat(folder, name, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return "" }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count <= 0 { break }
            bytes += buffer[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

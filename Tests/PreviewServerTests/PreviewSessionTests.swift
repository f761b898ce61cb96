import FileWatcher
import Foundation
import Testing
import TestFolders
@testable import PreviewServer

/// The rebuild loop end to end, minus the site build: real files, the real
/// watcher, a real server; the builder is the smallest real one (below).
@Suite struct PreviewSessionTests {
    /// Turns every `NAME.txt` of the content folder into `NAME.html` (its text
    /// in a page) and copies `templates/style.css`; a text holding "ERROR" is
    /// a bad input reported compiler-style.
    final class TextSiteBuilder: PreviewBuilder, @unchecked Sendable {
        let content: URL
        let templates: URL
        private var lastGood: [String: [UInt8]] = [:]

        init(content: URL, templates: URL) {
            self.content = content
            self.templates = templates
        }

        func build(changes: [ChangedPath]) async -> PreviewBuild {
            var files: [String: [UInt8]] = [:]
            var errors: [String] = []
            let names = (try? FileManager.default.contentsOfDirectory(atPath: content.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".txt") {
                let text = (try? String(contentsOf: content.appendingPathComponent(name), encoding: .utf8)) ?? ""
                if let line = text.split(separator: "\n").firstIndex(where: { $0.contains("ERROR") }) {
                    errors.append("content/\(name):\(line + 1):1: error: the text says ERROR")
                }
                files[String(name.dropLast(4)) + ".html"] = Fixture.page(name, body: "<p>\(text)</p>")
            }
            files["assets/style.css"] = (try? Array(Data(contentsOf: templates.appendingPathComponent("style.css")))) ?? []
            guard errors.isEmpty else { return .failed(errors.map { PreviewDiagnostic(text: $0) }) }
            let changed = files.keys.filter { lastGood[$0] != files[$0] } + lastGood.keys.filter { files[$0] == nil }
            lastGood = files
            return PreviewBuild(files: files, changed: changed.sorted(), pagesRendered: names.count, errors: [])
        }
    }

    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [String] = []
        func append(_ line: String) { lock.lock(); all.append(line); lock.unlock() }
        var lines: [String] { lock.lock(); defer { lock.unlock() }; return all }
    }

    @Test func anEditRebuildsPublishesAndPrintsOneLineAndAnErrorShowsUntilFixed() async throws {
        let folder = try TestFolders.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content"), templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("first".utf8).write(to: content.appendingPathComponent("a.txt"))
        try Data("second".utf8).write(to: content.appendingPathComponent("b.txt"))
        try Data("body{}".utf8).write(to: templates.appendingPathComponent("style.css"))

        let watcher = try FileWatcher(folders: [WatchedFolder(.content, path: content.path), WatchedFolder(.templates, path: templates.path)])
        let store = SnapshotStore()
        let lines = Lines(), errorLines = Lines()
        let session = PreviewSession(builder: TextSiteBuilder(content: content, templates: templates), store: store, watcher: watcher,
                                     folderNames: [.content: "content", .templates: "templates"],
                                     terminal: .init(line: lines.append, error: errorLines.append))
        let server = PreviewServer(store: store, host: "127.0.0.1", port: 0)
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let running = Task {
            defer { portContinuation.finish() }
            try await server.run(alongside: [session], signals: []) { portContinuation.yield($0) }
        }
        var portIterator = ports.makeAsyncIterator()
        let port = try #require(await portIterator.next())
        let served = RunningServer(server: server, store: store, port: port, task: running)
        // A request made before the first build is done waits for it.
        #expect(try await served.get("/a.html").text.contains("<p>first</p>"))
        #expect(lines.lines.first?.hasPrefix("sitegen: built 2 pages (3 files) in ") == true)
        #expect(store.current.generation == 1)
        let events = try served.events(generation: 1)
        #expect(await events.wait { _ in events.head != nil })

        try Data("first, edited".utf8).write(to: content.appendingPathComponent("a.txt"))
        let edited = await events.waitForEvent { $0.changed == ["a.html"] }
        #expect(edited?.errors == [])
        #expect(try await served.get("/a.html").text.contains("<p>first, edited</p>"))
        #expect(lines.lines.last?.hasPrefix("sitegen: content/a.txt changed: 2 pages re-rendered, 1 file updated, ") == true)

        try Data("second\nERROR here".utf8).write(to: content.appendingPathComponent("b.txt"))
        let failed = await events.waitForEvent { !$0.errors.isEmpty }
        #expect(failed?.errors == ["content/b.txt:2:1: error: the text says ERROR"])
        #expect(errorLines.lines == ["content/b.txt:2:1: error: the text says ERROR"])
        #expect(lines.lines.last?.hasPrefix("sitegen: content/b.txt changed: 1 error; serving the last good build, ") == true)
        let withOverlay = try await served.get("/b.html").text
        #expect(withOverlay.contains("<p>second</p>"))
        #expect(withOverlay.contains("content/b.txt:2:1: error: the text says ERROR"))

        try Data("second, fixed".utf8).write(to: content.appendingPathComponent("b.txt"))
        let fixed = await events.waitForEvent { $0.changed == ["b.html"] }
        #expect(fixed?.errors == [])
        let clean = try await served.get("/b.html").text
        #expect(clean.contains("<p>second, fixed</p>"))
        #expect(!clean.contains("<div id=\"sitegen-errors\""))

        try Data("body{color:red}".utf8).write(to: templates.appendingPathComponent("style.css"))
        let styled = await events.waitForEvent { $0.changed == ["assets/style.css"] }
        #expect(styled != nil)
        #expect(lines.lines.last?.hasPrefix("sitegen: templates/style.css changed: ") == true)

        try await served.stop()
        #expect(await events.wait { _ in events.isClosed })
    }

    /// A builder whose every build fails with the same two errors.
    struct FailingBuilder: PreviewBuilder {
        static let errors = [
            PreviewDiagnostic(text: "content/a.md:2:5: error: unknown <x>\n写 {{ x }}\n      ^", terminal: "{\"path\": \"content/a.md\", \"line\": 2}"),
            PreviewDiagnostic(text: "content/b.md:1:1: error: y"),
        ]
        func build(changes: [ChangedPath]) async -> PreviewBuild { .failed(Self.errors) }
    }

    @Test func aFailedBuildPrintsEachErrorsTerminalFormInOneCallAndShowsItsTextInTheBrowser() async throws {
        let store = SnapshotStore()
        let lines = Lines(), errorLines = Lines()
        try await withSessionWithoutWatching(builder: FailingBuilder(), store: store, terminal: .init(line: lines.append, error: errorLines.append)) { session in
            await session.rebuild(changes: [ChangedPath(.content, "a.md")])
        }
        #expect(errorLines.lines == ["{\"path\": \"content/a.md\", \"line\": 2}\ncontent/b.md:1:1: error: y"])
        #expect(store.current.errors == ["content/a.md:2:5: error: unknown <x>\n写 {{ x }}\n      ^", "content/b.md:1:1: error: y"])
        #expect(lines.lines.count == 1)
        #expect(lines.lines.first?.hasPrefix("sitegen: content/a.md changed: 2 errors; nothing to serve until they are fixed, ") == true)
        let overlay = try #require(ErrorOverlay.html(errors: store.current.errors))
        #expect(overlay.contains(">content/a.md:2:5: error: unknown &lt;x&gt;\n写 {{ x }}\n      ^\ncontent/b.md:1:1: error: y</pre></div>"))
    }

    @Test func manyChangesAreNamedBrieflyOnTheLine() async throws {
        // Nothing is built: the builder is never called.
        try await withSessionWithoutWatching(builder: FailingBuilder(), folderNames: [.content: "docs", .templates: "theme"]) { session in
            #expect(session.describe([ChangedPath(.content, "a.md")]) == "docs/a.md changed")
            #expect(session.describe([ChangedPath(.content, "a.md"), ChangedPath(.templates, "")]) == "docs/a.md, theme/ changed")
            let five = ["a", "b", "c", "d", "e"].map { ChangedPath(.content, $0 + ".md") }
            #expect(session.describe(five) == "docs/a.md, docs/b.md, docs/c.md and 2 more changed")
        }
    }
}

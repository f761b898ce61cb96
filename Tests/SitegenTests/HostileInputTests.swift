import Foundation
import TestFolders
import Testing

/// Input made to leak, break or stall a build, through the command as users
/// run it: the message, exit status 1, the previous output untouched, no
/// staging folder left behind; and a site combining all of it, built beside a
/// decoy secret that must appear nowhere in what sitegen writes or prints.
@Suite struct HostileInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// Changes the site (the folder holding content/ and templates/);
        /// `outside` is a folder beside it, holding `secret.txt`.
        var prepare: @Sendable (_ site: URL, _ outside: URL) throws -> Void
        /// The expected start of a diagnostic, with the path relative to the site folder.
        var expected: String

        var testDescription: String { name }
    }

    static func write(_ text: String, _ relative: String, in site: URL) throws {
        let url = site.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func link(_ relative: String, in site: URL, to target: String) throws {
        try FileManager.default.createDirectory(at: site.appendingPathComponent(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent(relative).path, withDestinationPath: target)
    }

    /// 84 Han characters: 252 bytes of UTF-8.
    static let longHanSlug = String(repeating: "权", count: 84)

    static let cases: [Case] = [
        Case(name: "file link out of the project", prepare: { site, outside in
            try link("content/images/leak.txt", in: site, to: outside.appendingPathComponent("secret.txt").path)
        }, expected: "content/images/leak.txt:1:1: error: symbolic link leaves the project (→ "),
        Case(name: "relative file link out of the project", prepare: { site, outside in
            try link("content/leak.txt", in: site, to: "../../\(outside.lastPathComponent)/secret.txt")
        }, expected: "content/leak.txt:1:1: error: symbolic link leaves the project (→ "),
        Case(name: "folder link out of the project", prepare: { site, outside in
            try link("content/notes", in: site, to: outside.path)
        }, expected: "content/notes:1:1: error: symbolic link leaves the project (→ "),
        Case(name: "chapter that is a link out of the project", prepare: { site, outside in
            try write("---\ntitle: 秘密\n---\n", "secret-page.md", in: outside)
            try link("content/05-secret.md", in: site, to: outside.appendingPathComponent("secret-page.md").path)
        }, expected: "content/05-secret.md:1:1: error: symbolic link leaves the project (→ "),
        Case(name: "theme asset link out of the project", prepare: { site, outside in
            try link("templates/assets/leak.css", in: site, to: outside.appendingPathComponent("secret.txt").path)
        }, expected: "templates/assets/leak.css:1:1: error: symbolic link leaves the project (→ "),
        Case(name: "template link out of the project", prepare: { site, outside in
            try write("{{! a partial }}\n", "partial.mustache", in: outside)
            try link("templates/partials/leak.mustache", in: site, to: outside.appendingPathComponent("partial.mustache").path)
        }, expected: "templates/partials/leak.mustache:1:1: error: symbolic link leaves the project (→ "),
        Case(name: "params.yml link out of the project", prepare: { site, outside in
            try FileManager.default.removeItem(at: site.appendingPathComponent("content/params.yml"))
            try write("image: 10x10\n", "params.yml", in: outside)
            try link("content/params.yml", in: site, to: outside.appendingPathComponent("params.yml").path)
        }, expected: "content/params.yml:1:1: error: symbolic link leaves the project (→ "),
        Case(name: "slug of 252 bytes in front matter", prepare: { site, _ in
            try write("---\ntitle: 长\nslug: \(longHanSlug)\n---\n", "content/05-long.md", in: site)
        }, expected: "content/05-long.md:3:7: error: invalid slug '\(longHanSlug)': it is 252 bytes long"),
        Case(name: "file name giving a slug of 252 bytes", prepare: { site, _ in
            try write("---\ntitle: 长\n---\n", "content/\(longHanSlug).md", in: site)
        }, expected: "content/\(longHanSlug).md:1:1: error: the file name gives the invalid slug"),
        Case(name: "static file whose output path exceeds PATH_MAX", prepare: { site, _ in
            // Fits under content/, but not under the longer staging folder beside it.
            let room = Int(PATH_MAX) - 1 - site.appendingPathComponent("content").path.utf8.count - 1 - "/f.txt".utf8.count
            let folders = stride(from: 0, to: room, by: 201).map { start in String(repeating: "d", count: min(200, room - start)) }
            try write("deep\n", "content/" + folders.joined(separator: "/") + "/f.txt", in: site)
        }, expected: "content/dddd"),
        Case(name: "static file differing from a page only in case", prepare: { site, _ in
            try write("<p>mine</p>\n", "content/01-Full.html", in: site)
        }, expected: "content/01-Full.html:1:1: error: the output file '01-Full.html' differs from '01-full.html'"),
        Case(name: "static file differing from sitegen's own only in case", prepare: { site, _ in
            try write("<p>mine</p>\n", "content/Index.html", in: site)
        }, expected: "content/Index.html:1:1: error: sitegen writes index.html itself, which Index.html would overwrite"),
    ]

    /// A site copied into `parent/site`, beside `parent/outside/secret.txt`.
    struct Sandbox {
        var parent: URL
        var site: URL { parent.appendingPathComponent("site") }
        var outside: URL { parent.appendingPathComponent("outside") }
        /// Bytes that must never reach the output.
        let secret = "DECOY-SECRET-\(UUID().uuidString)"

        init() throws {
            parent = try TestFolders.temporaryFolder()
            let fixture = try TestFolders.copyFixture("basic-site")
            try FileManager.default.moveItem(at: fixture, to: parent.appendingPathComponent("site"))
            try HostileInputTests.write(secret + "\n", "secret.txt", in: outside)
            try HostileInputTests.write(secret + "\n", "secret.txt", in: parent)
        }

        /// Every regular file under `folder` whose bytes hold the secret (links
        /// are not followed: the hostile input's own links point at the secret).
        func filesHoldingTheSecret(under folder: URL) -> [String] {
            let needle = Data(secret.utf8)
            guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
            return enumerator.compactMap { $0 as? String }.filter { relative in
                let url = folder.appendingPathComponent(relative)
                guard (try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType) == .typeRegular,
                      let data = try? Data(contentsOf: url) else { return false }
                return data.range(of: needle) != nil
            }
        }
    }

    @Test(arguments: cases)
    func hostileInputIsReportedAndTheOutputIsUntouched(_ hostile: Case) throws {
        let sandbox = try Sandbox()
        defer { try? FileManager.default.removeItem(at: sandbox.parent) }
        #expect(try SitegenProcess.run(["--quiet"], in: sandbox.site).status == 0)
        let before = try TestFolders.snapshot(sandbox.site.appendingPathComponent("public"))

        try hostile.prepare(sandbox.site, sandbox.outside)
        let result = try SitegenProcess.run([], in: sandbox.site)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let messages = result.stderr.split(separator: "\n").map(String.init)
        #expect(messages.contains { $0.hasPrefix(hostile.expected) }, "expected '\(hostile.expected)…' in \(messages)")
        #expect(messages.last?.hasSuffix("nothing was written") == true)
        #expect(try TestFolders.snapshot(sandbox.site.appendingPathComponent("public")) == before, "the output folder changed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: sandbox.site.path).filter { $0.contains("sitegen") && !$0.hasSuffix(".sitegen-previous") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        #expect(!result.stderr.contains(sandbox.secret))
        #expect(sandbox.filesHoldingTheSecret(under: sandbox.site).isEmpty)
    }

    /// Two files of one folder that differ only in case (only where the file
    /// system can hold both).
    @Test func staticFilesDifferingOnlyInCase() throws {
        let sandbox = try Sandbox()
        defer { try? FileManager.default.removeItem(at: sandbox.parent) }
        try Self.write("upper\n", "content/images/Photo.txt", in: sandbox.site)
        try Self.write("lower\n", "content/images/photo.txt", in: sandbox.site)
        let names = try FileManager.default.contentsOfDirectory(atPath: sandbox.site.appendingPathComponent("content/images").path)
        guard names.contains("Photo.txt") && names.contains("photo.txt") else { return }  // a case-insensitive file system
        let result = try SitegenProcess.run([], in: sandbox.site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/images/photo.txt:1:1: error: the output file 'images/photo.txt' differs from 'images/Photo.txt'"))
    }

    /// Links in a chain that leaves the project and comes back are followed;
    /// follow_external_links publishes what links name, by the author's choice.
    @Test func linksEndingInsideAreFollowedAndTheSettingFollowsTheRest() throws {
        let sandbox = try Sandbox()
        defer { try? FileManager.default.removeItem(at: sandbox.parent) }
        try Self.write("shared notes\n", "shared.txt", in: sandbox.site)
        try Self.link("outside/hop", in: sandbox.parent, to: sandbox.site.appendingPathComponent("shared.txt").path)
        try Self.link("content/images/hop.txt", in: sandbox.site, to: sandbox.outside.appendingPathComponent("hop").path)
        var result = try SitegenProcess.run(["--quiet"], in: sandbox.site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: sandbox.site.appendingPathComponent("public/images/hop.txt")) == Data("shared notes\n".utf8))

        try Self.link("content/images/leak.txt", in: sandbox.site, to: sandbox.outside.appendingPathComponent("secret.txt").path)
        let siteYml = sandbox.site.appendingPathComponent("content/site.yml")
        try Data((String(decoding: try Data(contentsOf: siteYml), as: UTF8.self) + "\nfollow_external_links: true\n").utf8).write(to: siteYml)
        result = try SitegenProcess.run(["--quiet"], in: sandbox.site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(sandbox.filesHoldingTheSecret(under: sandbox.site.appendingPathComponent("public")) == ["images/leak.txt"])
    }

    /// Everything above in one site, beside a decoy secret: every problem is
    /// reported in one run, nothing is written, and once the problems that
    /// are errors are gone, the site builds (10,000 identical headings and
    /// all) without a byte of the secret in the output.
    @Test func aHostileSiteNeverLeaksTheDecoySecret() throws {
        let sandbox = try Sandbox()
        defer { try? FileManager.default.removeItem(at: sandbox.parent) }
        let site = sandbox.site
        #expect(try SitegenProcess.run(["--quiet"], in: site).status == 0)
        let before = try TestFolders.snapshot(site.appendingPathComponent("public"))

        // Costly but legal input: stays in the site.
        try Self.write("---\ntitle: 小结\n---\n\n" + String(repeating: "## 小结\n\n", count: 10_000)
                       + (1...2_000).map { "## a-\($0)\n\n" }.joined() + String(repeating: "## a\n\n", count: 2_000)
                       + String(repeating: "{{ full }} ", count: 5_000) + "\n\n" + String(repeating: "权值共享", count: 20_000) + "\n",
                       "content/06-heavy.md", in: site)
        // Every way to reach the secret, and names no file system holds.
        let secret = sandbox.outside.appendingPathComponent("secret.txt").path
        let hostile: [(String, String)] = [
            ("content/images/leak.txt", secret),
            ("content/leak.txt", "../../secret.txt"),
            ("content/outside", sandbox.outside.path),
            ("content/models/leak.yml", secret),
            ("templates/assets/leak.css", secret),
            ("templates/partials/leak.mustache", secret),
        ]
        for (relative, target) in hostile { try Self.link(relative, in: site, to: target) }
        try Self.write("---\ntitle: 长\nslug: \(Self.longHanSlug)\n---\n", "content/05-long.md", in: site)
        try Self.write("<p>mine</p>\n", "content/Index.html", in: site)

        let failed = try SitegenProcess.run([], in: site)
        #expect(failed.status == 1)
        for (relative, _) in hostile {
            #expect(failed.stderr.contains("\(relative):1:1: error: symbolic link leaves the project (→ "), "\(relative) not reported")
        }
        #expect(failed.stderr.contains("content/05-long.md:3:7: error: invalid slug"))
        #expect(failed.stderr.contains("content/Index.html:1:1: error:"))
        #expect(!failed.stderr.contains(sandbox.secret) && !failed.stdout.contains(sandbox.secret))
        #expect(try TestFolders.snapshot(site.appendingPathComponent("public")) == before, "the output folder changed")

        // The errors fixed, the costly input kept.
        for (relative, _) in hostile { try FileManager.default.removeItem(at: site.appendingPathComponent(relative)) }
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/05-long.md"))
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/Index.html"))
        let built = try SitegenProcess.run(["--quiet"], in: site)
        #expect(built.status == 0, "\(built.stderr)")
        let heavy = String(decoding: try Data(contentsOf: site.appendingPathComponent("public/06-heavy.html")), as: UTF8.self)
        #expect(heavy.contains("id=\"小结-9999\"") && heavy.contains("id=\"a-2001\"") && !heavy.contains("id=\"a-2001-1\""))
        #expect(sandbox.filesHoldingTheSecret(under: site).isEmpty)
    }
}

import Foundation
import RawHTTPClient
import TestFolders
import Testing

/// `sitegen serve` end to end on the fixture site: a real process, a real
/// socket, real file edits. Waits use generous timeouts; nothing is timed.
@Suite struct ServeCommandTests {
    struct Event: Decodable {
        var generation: Int
        var changed: [String]
        var errors: [String]
        var reload: Bool
    }

    func decoded(_ events: EventStreamClient) -> [Event] {
        events.events.compactMap { try? JSONDecoder().decode(Event.self, from: Data($0.utf8)) }
    }

    func waitForEvent(_ events: EventStreamClient, where condition: @escaping (Event) -> Bool) async -> Event? {
        _ = await events.wait { _ in decoded(events).contains(where: condition) }
        return decoded(events).first(where: condition)
    }

    func append(_ text: String, to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    @Test(arguments: [[String](), ["--poll=50"], ["--poll"]])
    func editsReloadErrorsShowAndGoAndTheServerStopsCleanly(_ watching: [String]) async throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site) }
        // Its own temporary folder, to see that serve leaves nothing behind there.
        let temporary = site.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let serve = try ServeProcess(["--port", "0"] + watching, in: site, environment: ["TMPDIR": temporary.path])
        let port = try #require(await serve.port(), "\(serve.stdout)\(serve.stderr)")
        // The site is built into memory: no file is written, temporary or not.
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
        let home = try await RawHTTPClient.request(port: port, "/")
        #expect(home.status == 200)
        #expect(home.text.contains("/__sitegen/events"))
        #expect(await serve.wait { serve.stdout.contains("\nsitegen: built 4 pages (") })
        let chapter = try await RawHTTPClient.request(port: port, "/01-full.html")
        let generation = try #require(chapter.text.firstMatch(of: /"generation":(\d+)/).flatMap { Int($0.1) })
        let server = try #require(chapter.text.firstMatch(of: /"server":"([a-z0-9]+)"/).map { String($0.1) })
        let events = try EventStreamClient(port: port, target: "/__sitegen/events?server=\(server)&generation=\(generation)")
        #expect(await events.wait { _ in events.head != nil })

        // A body edit: the chapter's page changes, and the server has it.
        try append("\n新加的一句话。\n", to: site.appendingPathComponent("content/02-local.md"))
        let edited = await waitForEvent(events) { $0.changed.contains("02-local.html") }
        #expect(edited?.errors == [])
        #expect(try await RawHTTPClient.request(port: port, "/02-local.html").text.contains("新加的一句话。"))
        #expect(await serve.wait { serve.stdout.contains("sitegen: content/02-local.md changed: ") })

        // A bad edit: the errors as the terminal prints them, over every page; the last good page underneath.
        let chapterFile = site.appendingPathComponent("content/01-full.md")
        let good = try String(contentsOf: chapterFile, encoding: .utf8)
        try good.replacingOccurrences(of: "weight: 1", with: "wieght: 1").write(to: chapterFile, atomically: true, encoding: .utf8)
        let failed = try #require(await waitForEvent(events) { !$0.errors.isEmpty })
        #expect(failed.errors.count == 1)
        #expect(failed.errors.first?.hasPrefix("content/01-full.md:3:1: error: ") == true)
        #expect(await serve.wait { serve.stderr.contains(failed.errors[0]) })
        let withOverlay = try await RawHTTPClient.request(port: port, "/01-full.html").text
        #expect(withOverlay.contains("<div id=\"sitegen-errors\""))
        #expect(withOverlay.contains("content/01-full.md:3:1: error: "))
        #expect(withOverlay.contains("<h2 id=\"全连接\">"))

        // The fix: the overlay goes by itself.
        try good.write(to: chapterFile, atomically: true, encoding: .utf8)
        let fixed = await waitForEvent(events) { $0.generation > failed.generation }
        #expect(fixed?.errors == [])
        #expect(!(try await RawHTTPClient.request(port: port, "/01-full.html").text.contains("<div id=\"sitegen-errors\"")))

        // A stylesheet edit changes the stylesheet only.
        try append("\n.added { color: red }\n", to: site.appendingPathComponent("templates/assets/style.css"))
        let styled = await waitForEvent(events) { $0.changed.contains("assets/style.css") }
        #expect(styled?.changed == ["assets/style.css"])

        #expect(await serve.stop(SIGTERM) == 0)
        #expect(serve.stdout.hasSuffix("sitegen: stopped\n"))
        #expect(await events.wait { _ in events.isClosed })
        // serve builds in memory: never public/, nor anything in the temporary folder.
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
    }

    /// What `sitegen build` prints on standard error for the same inputs, without its summary line.
    func buildDiagnostics(in site: URL, _ arguments: [String] = []) throws -> String {
        let output = try TestFolders.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let build = try SitegenProcess.run(["build", "--output", output.path] + arguments, in: site)
        #expect(build.status == 1)
        return build.stderr.replacingOccurrences(of: "sitegen: 2 errors; nothing was written\n", with: "")
    }

    /// Writes two unknown quantities into two chapters of a served copy of the
    /// basic site, one save after the other, and returns the event that
    /// reports both errors.
    func breakTwoChapters(of site: URL, events: EventStreamClient) async throws -> Event {
        let local = site.appendingPathComponent("content/02-local.md"), full = site.appendingPathComponent("content/01-full.md")
        try String(contentsOf: local, encoding: .utf8).replacingOccurrences(of: "{{ local }}", with: "{{ locl }}").write(to: local, atomically: true, encoding: .utf8)
        _ = try #require(await waitForEvent(events) { $0.errors.count == 1 })
        try String(contentsOf: full, encoding: .utf8).replacingOccurrences(of: "{{ full | grouped }}", with: "{{ ful | grouped }}").write(to: full, atomically: true, encoding: .utf8)
        return try #require(await waitForEvent(events) { $0.errors.count == 2 })
    }

    func htmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test func errorsPrintAsBuildPrintsThemWithTheirSourceLinesAndTheOverlayShowsTheSameText() async throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let serve = try ServeProcess(["--port", "0"], in: site)
        let port = try #require(await serve.port(), "\(serve.stdout)\(serve.stderr)")
        #expect(await serve.wait { serve.stdout.contains("\nsitegen: built 4 pages (") })
        let events = try EventStreamClient(port: port, target: "/__sitegen/events")
        #expect(await events.wait { _ in events.head != nil })

        let failed = try await breakTwoChapters(of: site, events: events)

        // The same text as `sitegen build`: each error's line, its source line and a caret, in build's order.
        let expected = try buildDiagnostics(in: site)
        #expect(expected.hasPrefix("content/01-full.md:10:"), "\(expected)")
        #expect(expected.contains("\ncontent/02-local.md:8:53: error: unknown quantity 'locl'; did you mean 'local'?\n"))
        #expect(expected.contains("{{ locl }}"))
        #expect(expected.contains("\n" + String(repeating: " ", count: 51) + "^\n"))
        #expect(failed.errors.joined(separator: "\n") + "\n" == expected)
        #expect(failed.errors.allSatisfy { $0.split(separator: "\n").count == 3 })
        // The terminal prints them together, then the rebuild's one line.
        #expect(await serve.wait { serve.stderr.hasSuffix(expected) })
        #expect(await serve.wait { serve.stdout.contains("sitegen: content/01-full.md changed: 2 errors; serving the last good build, ") })
        // The overlay of every page: the same text, escaped, in order.
        for target in ["/", "/02-local.html", "/missing.html"] {
            let page = try await RawHTTPClient.request(port: port, target).text
            let overlay = try #require(page.firstMatch(of: /<pre[^>]*>(.*?)<\/pre><\/div>/.dotMatchesNewlines()), "\(target)")
            #expect(String(overlay.1) + "\n" == htmlEscaped(expected), "\(target)")
            #expect(page.contains("sitegen: 2 errors."), "\(target)")
        }
        #expect(await serve.stop(SIGTERM) == 0)
    }

    @Test func diagnosticsJSONPrintsOneObjectPerErrorAndTheOverlayStillShowsTheText() async throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let serve = try ServeProcess(["--port", "0", "--diagnostics", "json"], in: site)
        let port = try #require(await serve.port(), "\(serve.stdout)\(serve.stderr)")
        #expect(await serve.wait { serve.stdout.contains("\nsitegen: built 4 pages (") })
        let events = try EventStreamClient(port: port, target: "/__sitegen/events")
        #expect(await events.wait { _ in events.head != nil })

        let failed = try await breakTwoChapters(of: site, events: events)

        // Standard error holds JSON lines only, as `sitegen build --diagnostics json` prints them.
        let json = try buildDiagnostics(in: site, ["--diagnostics", "json"])
        #expect(json.split(separator: "\n").count == 2)
        #expect(json.split(separator: "\n").allSatisfy { $0.hasPrefix("{\"path\": \"content/") })
        #expect(await serve.wait { serve.stderr.hasSuffix(json) })
        #expect(serve.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("{") })
        // The browser is told the text, as `sitegen build` prints it without --diagnostics.
        #expect(failed.errors.joined(separator: "\n") + "\n" == (try buildDiagnostics(in: site)))
        #expect(await serve.stop(SIGTERM) == 0)
    }

    @Test func ctrlCStopsWithStatus0() async throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let serve = try ServeProcess(["--port", "0"], in: site)
        _ = try #require(await serve.port(), "\(serve.stderr)")
        #expect(await serve.stop(SIGINT) == 0)
    }

    @Test func aBusyPortIsOneLineNamingThePortAndExitStatus2() async throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let first = try ServeProcess(["--port", "0"], in: site)
        let port = try #require(await first.port(), "\(first.stderr)")
        let second = try ServeProcess(["--port", String(port)], in: site)
        #expect(await second.exitStatus() == 2)
        // One line, and nothing built first.
        #expect(second.stderr == "sitegen: port \(port) is already in use on 127.0.0.1; choose another with --port\n")
        #expect(second.stdout == "")
        #expect(await first.stop() == 0)
    }

    @Test func aMissingContentFolderIsAnError() async throws {
        let folder = try TestFolders.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let serve = try ServeProcess(["--port", "0"], in: folder)
        #expect(await serve.exitStatus() == 1)
        #expect(serve.stderr.hasPrefix("sitegen: cannot watch 'content': "))
    }

    @Test func helpListsEveryOption() throws {
        let help = try SitegenProcess.run(["serve", "--help"])
        #expect(help.status == 0)
        for option in ["--content", "--templates", "--port", "--bind", "--drafts", "--poll", "--open", "--diagnostics"] {
            #expect(help.stdout.contains(option), "\(option)")
        }
    }
}

import Testing
@testable import PreviewServer
import RawHTTPClient

/// Requests over a real socket to a server on an ephemeral port of 127.0.0.1.
@Suite struct ServingTests {
    static let contentTypes: [(String, String)] = [
        ("/index.html", "text/html; charset=utf-8"),
        ("/assets/style.css", "text/css; charset=utf-8"),
        ("/assets/app.js", "text/javascript; charset=utf-8"),
        ("/chapters.js", "text/javascript; charset=utf-8"),
        ("/diagrams/a.svg", "image/svg+xml; charset=utf-8"),
        ("/sitemap.xml", "application/xml; charset=utf-8"),
        ("/data.json", "application/json; charset=utf-8"),
        ("/models/lenet.yml", "application/yaml; charset=utf-8"),
        ("/notes.txt", "text/plain; charset=utf-8"),
        ("/images/p.png", "image/png"),
        ("/images/p.jpg", "image/jpeg"),
        ("/images/p.gif", "image/gif"),
        ("/images/p.webp", "image/webp"),
        ("/favicon.ico", "image/x-icon"),
        ("/fonts/a.woff2", "font/woff2"),
        ("/download", "application/octet-stream"),
    ]

    @Test func everyKindOfFileHasItsContentTypeAndNonHTMLFilesAreServedAsStored() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        for (target, type) in Self.contentTypes {
            let response = try await server.get(target)
            #expect(response.status == 200, "\(target)")
            #expect(response.header("Content-Type") == type, "\(target)")
            #expect(response.header("Cache-Control") == "no-cache", "\(target)")
            #expect(response.header("Content-Length") == String(response.body.count), "\(target)")
            if !target.hasSuffix(".html") {
                #expect(response.body == Fixture.files[String(target.dropFirst())], "\(target)")
            }
        }
        try await server.stop()
    }

    @Test func aPercentEncodedChineseNameIsServed() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        let response = try await server.get("/%E6%9D%83%E5%80%BC%E5%85%B1%E4%BA%AB.html")
        #expect(response.status == 200)
        #expect(response.text.contains("<h1>权值共享</h1>"))
        try await server.stop()
    }

    @Test func theRootAndFoldersServeTheirIndex() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        let root = try await server.get("/")
        #expect(root.status == 200)
        #expect(root.text.contains("<h1>Home</h1>"))
        let sub = try await server.get("/sub/")
        #expect(sub.status == 200)
        #expect(sub.text.contains("<h1>Sub</h1>"))
        try await server.stop()
    }

    @Test func aFolderWithoutItsSlashRedirectsToIt() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        let response = try await server.get("/sub?x=1")
        #expect(response.status == 301)
        #expect(response.header("Location") == "/sub/?x=1")
        try await server.stop()
    }

    @Test func aMissingPageGetsTheSitesOwn404PageWithStatus404() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        for target in ["/nope.html", "/nope/", "/assets/missing.css", "/sub/deeper"] {
            let response = try await server.get(target)
            #expect(response.status == 404, "\(target)")
            #expect(response.header("Content-Type") == "text/html; charset=utf-8")
            #expect(response.text.contains("<h1>Not here</h1>"), "\(target)")
            #expect(response.text.contains(LiveReloadClient.eventsPath), "\(target)")
        }
        try await server.stop()
    }

    @Test func withoutA404PageTheServerWritesAPlainOne() async throws {
        var files = Fixture.files
        files["404.html"] = nil
        let server = try await RunningServer.start(SiteSnapshot(files: files, generation: 1))
        let response = try await server.get("/nope.html")
        #expect(response.status == 404)
        #expect(response.text.contains("404 Not Found"))
        try await server.stop()
    }

    @Test func headGivesGetsHeadersWithoutABody() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        for target in ["/index.html", "/assets/style.css", "/images/p.png", "/nope.html"] {
            let get = try await server.get(target)
            let head = try await server.get(target, method: "HEAD")
            #expect(head.status == get.status, "\(target)")
            #expect(head.body.isEmpty, "\(target)")
            #expect(head.header("Content-Length") == String(get.body.count), "\(target)")
            #expect(head.header("Content-Type") == get.header("Content-Type"), "\(target)")
            #expect(head.header("ETag") == get.header("ETag"), "\(target)")
        }
        try await server.stop()
    }

    @Test func otherMethodsAreRefused() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        let response = try await server.get("/index.html", method: "POST", headers: ["Content-Length": "0"])
        #expect(response.status == 405)
        #expect(response.header("Allow") == "GET, HEAD")
        try await server.stop()
    }

    @Test func anUnchangedFileAnswers304ToItsETag() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        for target in ["/assets/style.css", "/index.html"] {
            let first = try await server.get(target)
            let tag = try #require(first.header("ETag"))
            let again = try await server.get(target, headers: ["If-None-Match": tag])
            #expect(again.status == 304, "\(target)")
            #expect(again.body.isEmpty)
            #expect(again.header("ETag") == tag)
            let weak = try await server.get(target, headers: ["If-None-Match": "\"other\", W/\(tag)"])
            #expect(weak.status == 304, "\(target)")
            let other = try await server.get(target, headers: ["If-None-Match": "\"0000000000000000\""])
            #expect(other.status == 200, "\(target)")
        }
        try await server.stop()
    }

    @Test func aChangedFileGetsANewETag() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        let before = try await server.get("/assets/style.css")
        let tag = try #require(before.header("ETag"))
        var files = Fixture.files
        files["assets/style.css"] = Array("body { color: red }\n".utf8)
        server.store.publish(SiteSnapshot(files: files, generation: 2), changed: ["assets/style.css"])
        let after = try await server.get("/assets/style.css", headers: ["If-None-Match": tag])
        #expect(after.status == 200)
        #expect(after.text == "body { color: red }\n")
        #expect(after.header("ETag") != tag)
        try await server.stop()
    }

    /// A request sees one snapshot: the page's text and the generation in its reload script always agree.
    @Test func requestsDuringSwapsSeeOneWholeSnapshot() async throws {
        func snapshot(_ generation: Int) -> SiteSnapshot {
            SiteSnapshot(files: ["index.html": Fixture.page("generation \(generation)")], generation: generation)
        }
        let server = try await RunningServer.start(snapshot(1))
        let swapping = Task {
            for generation in 2...400 {
                server.store.publish(snapshot(generation), changed: ["index.html"])
                await Task.yield()
            }
        }
        for _ in 0..<40 {
            let text = try await server.get("/").text
            let title = try #require(text.firstMatch(of: /<h1>generation (\d+)<\/h1>/))
            let script = try #require(text.firstMatch(of: /"generation":(\d+)/))
            #expect(title.1 == script.1)
        }
        await swapping.value
        try await server.stop()
    }
}

import Testing
@testable import PreviewServer
import RawHTTPClient

@Suite struct LiveReloadTests {
    @Test func theClientGoesIntoHTMLOnlyJustBeforeTheBodyEnds() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        let page = try await server.get("/02-local.html").text
        #expect(page.hasSuffix("</script></body></html>\n"))
        #expect(page.components(separatedBy: LiveReloadClient.eventsPath).count == 2)
        #expect(page.contains("\"page\":\"02-local.html\""))
        #expect(page.contains("\"server\":\"\(server.store.serverID)\""))
        let upper = try await server.get("/upper.html").text
        #expect(upper.hasSuffix("</script></BODY></html>"))
        let fragment = try await server.get("/fragment.html").text
        #expect(fragment.hasPrefix("<p>no body element</p><script>"))
        for target in ["/assets/style.css", "/assets/app.js", "/diagrams/a.svg", "/sitemap.xml"] {
            #expect(!(try await server.get(target).text.contains("<script>")), "\(target)")
        }
        try await server.stop()
    }

    @Test func headOfTheEventStreamAnswersAtOnce() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        let response = try await server.get(LiveReloadClient.eventsPath, method: "HEAD")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/event-stream; charset=utf-8")
        #expect(response.body.isEmpty)
        #expect(server.store.subscriberCount == 0)
        try await server.stop()
    }

    @Test func aFileNameCannotCloseTheScriptElement() {
        let snapshot = SiteSnapshot(files: [:], generation: 1)
        let page = PageInjection.inject(into: Array("<body></body>".utf8), snapshot: snapshot, serverID: "s",
                                        servedPath: "404.html", requestedPath: "</script><script>alert(1)</script>.html")
        let text = String(decoding: page, as: UTF8.self)
        #expect(text.components(separatedBy: "</script>").count == 2)
        #expect(text.contains("\\u003c/script>\\u003cscript>alert(1)\\u003c/script>.html"))
    }

    @Test func aSnapshotSwapSendsItsChangedPaths() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        let events = try server.events(generation: 1)
        #expect(await events.wait { _ in events.head != nil })
        #expect(events.head?.contains("text/event-stream") == true)
        var files = Fixture.files
        files["02-local.html"] = Fixture.page("Local, edited")
        server.store.publish(SiteSnapshot(files: files, generation: 2), changed: ["02-local.html"])
        let event = await events.waitForEvent { $0.generation == 2 }
        #expect(event == ReceivedEvent(server: server.store.serverID, generation: 2, changed: ["02-local.html"], errors: [], reload: false))
        // A client up to date when it connected was sent nothing before the swap.
        #expect(events.reloadEvents.count == 1)
        events.disconnect()
        try await server.stop()
    }

    @Test func aClientThatMissedGenerationsIsToldEverythingThatChangedSince() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        server.store.publish(SiteSnapshot(files: Fixture.files, generation: 2), changed: ["02-local.html"])
        server.store.publish(SiteSnapshot(files: Fixture.files, generation: 3), changed: ["assets/style.css", "index.html"])
        let events = try server.events(generation: 1)
        let event = await events.waitForEvent { _ in true }
        #expect(event == ReceivedEvent(server: server.store.serverID, generation: 3, changed: ["02-local.html", "assets/style.css", "index.html"], errors: [], reload: false))
        events.disconnect()
        try await server.stop()
    }

    /// EventSource sends the last event's id when it reconnects; a page from another server run reloads.
    @Test func aClientOfAnotherServerRunIsToldToReload() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        let events = try server.events(generation: 1, headers: ["Last-Event-ID": "previousrun.7"])
        let event = await events.waitForEvent { _ in true }
        #expect(event?.reload == true)
        events.disconnect()
        try await server.stop()
    }

    @Test func errorsShowOnEveryPageEscapedAndInOrderAndGoWithTheNextGoodSnapshot() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        let events = try server.events(generation: 1)
        #expect(await events.wait { _ in events.head != nil })
        let errors = [
            "content/02-local.md:3:1: error: unknown key 'titel' <b>&\"quoted\"</b>",
            "content/01-full.md:9:14: error: 'ful' is not a quantity; did you mean 'full'?",
        ]
        server.store.publish(SiteSnapshot(files: Fixture.files, generation: 2, errors: errors), changed: [])

        let failing = await events.waitForEvent { $0.generation == 2 }
        #expect(failing?.errors == errors)
        #expect(failing?.changed == [])
        for target in ["/", "/02-local.html", "/nope.html"] {
            let page = try await server.get(target).text
            let overlay = try #require(page.firstMatch(of: /<div id="sitegen-errors" role="alert"[^>]*>(.*?)<\/div>/.dotMatchesNewlines()), "\(target)")
            #expect(overlay.1.contains("sitegen: 2 errors."))
            #expect(overlay.1.contains("content/02-local.md:3:1: error: unknown key &#39;titel&#39; &lt;b&gt;&amp;&quot;quoted&quot;&lt;/b&gt;\ncontent/01-full.md:9:14: error: &#39;ful&#39; is not a quantity; did you mean &#39;full&#39;?"))
            // The last good files are still served underneath.
            #expect(page.contains("<h1>"), "\(target)")
        }
        #expect(!(try await server.get("/assets/style.css").text.contains("<div id=\"sitegen-errors\"")))

        server.store.publish(SiteSnapshot(files: Fixture.files, generation: 3), changed: ["02-local.html"])
        let fixed = await events.waitForEvent { $0.generation == 3 }
        #expect(fixed?.errors == [])
        #expect(fixed?.changed == ["02-local.html"])
        for target in ["/", "/02-local.html"] {
            #expect(!(try await server.get(target).text.contains("<div id=\"sitegen-errors\"")), "\(target)")
        }
        events.disconnect()
        try await server.stop()
    }
}

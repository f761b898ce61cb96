import Testing
@testable import PreviewServer
import RawHTTPClient

/// No request reaches outside the site, and nothing ambiguous is looked up.
@Suite struct PathSafetyTests {
    static let refusedTargets = [
        "/../etc/passwd",
        "/sub/../index.html",
        "/%2e%2e/etc/passwd",
        "/%2E%2E/%2e%2e/etc/passwd",
        "/.%2e/index.html",
        "/sub/%2e%2e/index.html",
        "/./index.html",
        "/sub%2findex.html",
        "/sub%2Findex.html",
        "/..%2f..%2fetc%2fpasswd",
        "/%5c..%5cindex.html",
        "/sub%5Cindex.html",
        "/index.html%00.css",
        "/%00",
        "/a%0d%0aSet-Cookie:x",
        "/%c0%ae%c0%ae/index.html",
        "/%zz",
        "/%2",
        "/sub//index.html",
        "//etc/passwd",
        "/" + String(repeating: "a", count: 3000),
        "/" + String(repeating: "b", count: 300) + ".html",
        "/" + Array(repeating: "d", count: 70).joined(separator: "/"),
    ]

    @Test(arguments: refusedTargets)
    func theServerRefusesIt(_ target: String) async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        let response = try await server.get(target)
        // 400 from the rules: a 404 would mean the path was looked up.
        #expect(response.status == 400)
        #expect(!response.text.contains("<h1>Home</h1>"))
        #expect(!response.text.contains("<h1>Sub</h1>"))
        try await server.stop()
    }

    /// Raw bytes an HTTP client would never send: the server answers 400 and serves nothing.
    @Test(arguments: ["/sub\\index.html", "/..\\..\\etc\\passwd", "/index.html\u{0}", "/\u{0}/../x"])
    func rawBackslashesAndNULAreRefused(_ target: String) async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        let request = Array("GET ".utf8) + Array(target.utf8) + Array(" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8)
        let response = try await RawHTTPClient.raw(port: server.port, request)
        #expect(response.status == 400)
        #expect(!response.text.contains("<h1>"))
        try await server.stop()
    }

    @Test(arguments: refusedTargets + ["/sub\\index.html", "/index.html\u{0}"])
    func theRulesRefuseIt(_ target: String) {
        if case .path(let path, _) = SitePath.resolve(target) {
            Issue.record("resolved to \(path)")
        }
    }

    @Test func ordinaryTargetsResolve() {
        #expect(SitePath.resolve("/") == .path("", folder: true))
        #expect(SitePath.resolve("/index.html?x=1#top") == .path("index.html", folder: false))
        #expect(SitePath.resolve("/sub/") == .path("sub", folder: true))
        #expect(SitePath.resolve("/assets/style.css") == .path("assets/style.css", folder: false))
        #expect(SitePath.resolve("/%E6%9D%83%E5%80%BC.html") == .path("权值.html", folder: false))
        #expect(SitePath.resolve("/a%20b.html") == .path("a b.html", folder: false))
        #expect(SitePath.resolve("/..a/b..") == .path("..a/b..", folder: false))
    }
}

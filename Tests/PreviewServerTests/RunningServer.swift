import Foundation
@testable import PreviewServer
import RawHTTPClient

/// A preview server on an ephemeral port of 127.0.0.1, for one test.
struct RunningServer {
    let server: PreviewServer
    let store: SnapshotStore
    let port: Int
    let task: Task<Void, any Error>

    struct DidNotStart: Error {}

    static func start(_ snapshot: SiteSnapshot, port requested: Int = 0) async throws -> RunningServer {
        let store = SnapshotStore(snapshot)
        let server = PreviewServer(store: store, host: "127.0.0.1", port: requested)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let task = Task {
            defer { continuation.finish() }
            try await server.run(signals: []) { port in continuation.yield(port) }
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await task.value
            throw DidNotStart()
        }
        return RunningServer(server: server, store: store, port: port, task: task)
    }

    /// Stops the server gracefully and waits until it has.
    func stop() async throws {
        await server.stop()
        try await task.value
    }

    func get(_ target: String, method: String = "GET", headers: [String: String] = [:]) async throws -> RawHTTPClient.Response {
        try await RawHTTPClient.request(port: port, target, method: method, headers: headers)
    }

    func events(generation: Int? = nil, server: String? = nil, headers: [String: String] = [:]) throws -> EventStreamClient {
        let query = "?server=\(server ?? store.serverID)&generation=\(generation ?? store.current.generation)"
        return try EventStreamClient(port: port, target: LiveReloadClient.eventsPath + query, headers: headers)
    }
}

/// The decoded `data` of one reload event.
struct ReceivedEvent: Decodable, Equatable {
    var server: String
    var generation: Int
    var changed: [String]
    var errors: [String]
    var reload: Bool

    init(server: String, generation: Int, changed: [String], errors: [String], reload: Bool) {
        (self.server, self.generation, self.changed, self.errors, self.reload) = (server, generation, changed, errors, reload)
    }

    init?(_ data: String) {
        guard let decoded = try? JSONDecoder().decode(ReceivedEvent.self, from: Data(data.utf8)) else { return nil }
        self = decoded
    }
}

extension EventStreamClient {
    var reloadEvents: [ReceivedEvent] { events.compactMap(ReceivedEvent.init) }

    func waitForEvent(where condition: @escaping (ReceivedEvent) -> Bool) async -> ReceivedEvent? {
        _ = await wait { $0.compactMap(ReceivedEvent.init).contains(where: condition) }
        return reloadEvents.first(where: condition)
    }
}

enum Fixture {
    static func page(_ title: String, body: String = "") -> [UInt8] {
        Array("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>\(title)</title><link rel=\"stylesheet\" href=\"assets/style.css\"></head><body><h1>\(title)</h1>\(body)</body></html>\n".utf8)
    }

    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]

    static let files: [String: [UInt8]] = [
        "index.html": page("Home"),
        "02-local.html": page("Local"),
        "404.html": page("Not here"),
        "sub/index.html": page("Sub"),
        "upper.html": Array("<html><BODY><p>upper</p></BODY></html>".utf8),
        "fragment.html": Array("<p>no body element</p>".utf8),
        "assets/style.css": Array("body { color: black }\n".utf8),
        "assets/app.js": Array("console.log('hi')\n".utf8),
        "chapters.js": Array("window.SITEGEN_CHAPTERS = [];\n".utf8),
        "diagrams/a.svg": Array("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".utf8),
        "sitemap.xml": Array("<?xml version=\"1.0\"?><urlset/>".utf8),
        "data.json": Array("{}".utf8),
        "models/lenet.yml": Array("name: lenet\n".utf8),
        "images/p.png": png,
        "images/p.jpg": [0xFF, 0xD8, 0xFF],
        "images/p.gif": Array("GIF89a".utf8),
        "images/p.webp": Array("RIFF".utf8),
        "favicon.ico": [0, 0, 1, 0],
        "fonts/a.woff2": Array("wOF2".utf8),
        "notes.txt": Array("notes\n".utf8),
        "权值共享.html": page("权值共享"),
        "download": [1, 2, 3],
    ]

    static let snapshot = SiteSnapshot(files: files, generation: 1)
}

import Hummingbird
import NIOCore

/// Answers every request from the current snapshot: GET and HEAD of site
/// files, folders' index.html, the site's 404 page, and the reload events.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let store: SnapshotStore

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return plain(.methodNotAllowed, "Only GET and HEAD are served.\n", extra: [.allow: "GET, HEAD"], head: false)
        }
        let head = request.method == .head
        let target = request.head.path ?? ""
        await store.waitForFirstSnapshot()
        switch SitePath.resolve(target) {
        case .refused(let reason):
            return plain(.badRequest, "Bad request: \(reason).\n", head: head)
        case .path(let path, let folder):
            if !folder, "/" + path == LiveReloadClient.eventsPath {
                // HEAD gets the stream's headers only: its body never ends.
                return head ? Response(status: .ok, headers: Self.eventStreamHeaders) : events(request)
            }
            return await serve(path: path, folder: folder, target: target, request: request, head: head)
        }
    }

    private func serve(path: String, folder: Bool, target: String, request: Request, head: Bool) async -> Response {
        // One read of the store: the whole response comes from one snapshot.
        let snapshot = store.current
        let filePath = folder ? (path.isEmpty ? "index.html" : path + "/index.html") : path
        if let bytes = snapshot.files[filePath] {
            return file(bytes, path: filePath, requested: filePath, status: .ok, snapshot: snapshot, request: request, head: head)
        }
        if let onDemand = snapshot.onDemand, onDemand.covers(filePath), let bytes = await onDemand.files()[filePath] {
            return file(bytes, path: filePath, requested: filePath, status: .ok, snapshot: snapshot, request: request, head: head)
        }
        if !folder, snapshot.files[path + "/index.html"] != nil {
            // A folder asked for without its slash: relative links in its index need the slash.
            let (pathPart, query) = splitQuery(target)
            return Response(status: .movedPermanently, headers: [.location: pathPart + "/" + query, .cacheControl: "no-cache", .contentLength: "0"])
        }
        if let notFound = snapshot.files["404.html"] {
            return file(notFound, path: "404.html", requested: filePath, status: .notFound, snapshot: snapshot, request: request, head: head)
        }
        let page = Array("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>\n".utf8)
        return file(page, path: "404.html", requested: filePath, status: .notFound, snapshot: snapshot, request: request, head: head)
    }

    private func file(_ stored: [UInt8], path: String, requested: String, status: HTTPResponse.Status, snapshot: SiteSnapshot, request: Request, head: Bool) -> Response {
        let isHTML = ContentTypes.isHTML(path)
        let bytes = isHTML
            ? PageInjection.inject(into: stored, snapshot: snapshot, serverID: store.serverID, servedPath: path, requestedPath: requested)
            : stored
        let tag = EntityTag.of(bytes)
        var headers: HTTPFields = [
            .contentType: ContentTypes.forPath(path),
            .eTag: tag,
            .cacheControl: "no-cache",
            .init("X-Content-Type-Options")!: "nosniff",
        ]
        if status == .ok, let condition = request.headers[.ifNoneMatch], EntityTag.matches(condition, tag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentLength] = String(bytes.count)
        if head { return Response(status: status, headers: headers) }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// Server-sent events for the reload client: first what it missed, then one event per snapshot.
    private func events(_ request: Request) -> Response {
        var server: String?
        var generation: Int?
        // A reconnecting EventSource names the last event it saw; a first connection, the page's own generation.
        if let lastID = request.headers[.init("Last-Event-ID")!], let parsed = ReloadEvent.parseID(lastID[...]) {
            (server, generation) = parsed
        } else {
            let parameters = request.uri.queryParameters
            server = parameters["server"].map(String.init)
            generation = parameters["generation"].flatMap { Int($0) }
        }
        let stream = store.subscribe(server: server, generation: generation)
        return Response(status: .ok, headers: Self.eventStreamHeaders, body: ResponseBody { writer in
            // Reconnect a second after the connection drops (a restart of the server).
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            for await message in stream {
                try await writer.write(ByteBuffer(string: message.serverSentEvent))
            }
            try await writer.finish(nil)
        })
    }

    private static let eventStreamHeaders: HTTPFields = [
        .contentType: "text/event-stream; charset=utf-8",
        .cacheControl: "no-cache",
    ]

    private func plain(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:], head: Bool) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-cache", .contentLength: String(text.utf8.count)]
        headers.append(contentsOf: extra)
        if head { return Response(status: status, headers: headers) }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    private func splitQuery(_ target: String) -> (path: String, query: String) {
        guard let mark = target.firstIndex(of: "?") else { return (target, "") }
        return (String(target[..<mark]), String(target[mark...]))
    }
}

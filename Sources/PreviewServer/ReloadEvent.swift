import Foundation

/// What the reload client is told after a snapshot swap, as one server-sent event.
struct ReloadEvent: Sendable, Equatable {
    var server: String
    var generation: Int
    /// Site paths whose bytes changed ("02-local.html", "assets/style.css").
    var changed: [String]
    /// The snapshot's diagnostic lines; empty when the build succeeded.
    var errors: [String]
    /// The client cannot know what changed (another server run, or too many
    /// generations missed): reload.
    var reloadAll: Bool

    private struct Payload: Encodable {
        var server: String
        var generation: Int
        var changed: [String]
        var errors: [String]
        var reload: Bool
    }

    /// The event in the text/event-stream format. Its id is what the browser
    /// sends back as Last-Event-ID when it reconnects.
    var serverSentEvent: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Payload(server: server, generation: generation, changed: changed, errors: errors, reload: reloadAll))) ?? Data("{}".utf8)
        // JSON never holds a raw line break, so the payload is one data line.
        return "id: \(server).\(generation)\ndata: \(String(decoding: data, as: UTF8.self))\n\n"
    }

    /// Parses "SERVER.GENERATION" (an event id, or the page's own).
    static func parseID(_ text: Substring) -> (server: String, generation: Int)? {
        guard let dot = text.lastIndex(of: "."), let generation = Int(text[text.index(after: dot)...]) else { return nil }
        return (String(text[..<dot]), generation)
    }
}

/// What goes down a reload client's connection.
enum ReloadMessage: Sendable, Equatable {
    case event(ReloadEvent)
    /// A comment that only tests the connection, so one whose client went away is closed.
    case heartbeat

    var serverSentEvent: String {
        switch self {
        case .event(let event): event.serverSentEvent
        case .heartbeat: ": heartbeat\n\n"
        }
    }
}

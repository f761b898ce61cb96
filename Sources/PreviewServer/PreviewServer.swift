import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// The HTTP side of `sitegen serve`: serves the store's current snapshot on
/// Hummingbird until SIGINT or SIGTERM (or `stop()`), then stops cleanly.
public final class PreviewServer: Sendable {
    public let store: SnapshotStore
    public let host: String
    public let port: Int
    private let group = GroupHolder()

    /// - Parameters:
    ///   - host: the address to bind; 127.0.0.1 keeps the preview off the network.
    ///   - port: 0 picks a free port (see `run`'s `onListening`).
    public init(store: SnapshotStore, host: String = "127.0.0.1", port: Int = 8000) {
        self.store = store
        self.host = host
        self.port = port
    }

    /// Serves until a graceful shutdown. `services` run alongside (the
    /// rebuild loop): they start once the server listens and stop before it.
    /// `onListening` gets the bound port once requests are accepted; requests
    /// wait until the store has its first snapshot.
    public func run(
        alongside services: [any Service] = [],
        signals: [UnixSignal] = [.sigterm, .sigint],
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws(PreviewServerError) {
        // The services alongside start once the server listens: nothing is
        // built for a server that could not start (a busy port is one line).
        let gates = services.map { _ in AsyncStream<Void>.makeStream() }
        var logger = Logger(label: "sitegen.serve")
        // Hummingbird's own lines (start, requests) would interleave with sitegen's one line per rebuild.
        logger.logLevel = .error
        let requestedPort = port
        let application = Application(
            responder: PreviewResponder(store: store),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                await onListening(channel.localAddress?.port ?? requestedPort)
                for gate in gates { gate.continuation.yield() }
            },
            logger: logger
        )
        // Graceful shutdown runs in reverse order: the event streams close
        // first, then the rebuild loop stops, then the server.
        let serviceGroup = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [ServiceGroupConfiguration.ServiceConfiguration(service: application)]
                + zip(services, gates).map { ServiceGroupConfiguration.ServiceConfiguration(service: StartWhenListening(service: $0, listening: $1.stream)) }
                + [ServiceGroupConfiguration.ServiceConfiguration(service: ReloadChannel(store: store))],
            gracefulShutdownSignals: signals,
            logger: logger
        ))
        group.set(serviceGroup)
        do {
            try await serviceGroup.run()
        } catch {
            throw PreviewServerError(error, host: host, port: port)
        }
    }

    /// Starts a graceful shutdown, as SIGTERM would.
    public func stop() async {
        await group.get()?.triggerGracefulShutdown()
    }
}

/// Runs a service once the server listens (or never, when it stops first).
private struct StartWhenListening: Service {
    let service: any Service
    let listening: AsyncStream<Void>

    func run() async throws {
        for await _ in listening.cancelOnGracefulShutdown() {
            try await service.run()
            return
        }
    }
}

/// The running service group, for `stop()`.
private final class GroupHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var group: ServiceGroup?

    func set(_ group: ServiceGroup) {
        lock.lock()
        self.group = group
        lock.unlock()
    }

    func get() -> ServiceGroup? {
        lock.lock()
        defer { lock.unlock() }
        return group
    }
}

/// Why the preview server could not run; `description` is the one line the terminal shows.
public enum PreviewServerError: Error, CustomStringConvertible {
    case portInUse(host: String, port: Int)
    case cannotBind(host: String, port: Int, reason: String)
    case failed(String)

    init(_ error: any Error, host: String, port: Int) {
        if let io = error as? IOError {
            switch io.errnoCode {
            case EADDRINUSE: self = .portInUse(host: host, port: port)
            default: self = .cannotBind(host: host, port: port, reason: String(cString: strerror(io.errnoCode)))
            }
        } else if String(describing: error).contains("Address already in use") {
            self = .portInUse(host: host, port: port)
        } else {
            self = .failed(String(describing: error))
        }
    }

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            "port \(port) is already in use on \(host); choose another with --port"
        case .cannotBind(let host, let port, let reason):
            "cannot listen on \(host):\(port): \(reason); choose another address with --bind or port with --port"
        case .failed(let message):
            "the preview server failed: \(message)"
        }
    }
}

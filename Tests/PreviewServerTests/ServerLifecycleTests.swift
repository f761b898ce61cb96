import Foundation
import Testing
@testable import PreviewServer
import RawHTTPClient

@Suite struct ServerLifecycleTests {
    @Test func aBusyPortIsOneLineNamingThePortAndTheOption() async throws {
        let first = try await RunningServer.start(Fixture.snapshot)
        await #expect {
            _ = try await RunningServer.start(Fixture.snapshot, port: first.port)
        } throws: { error in
            guard let error = error as? PreviewServerError, case .portInUse(_, let port) = error else { return false }
            let line = error.description
            return port == first.port && line.contains("\(first.port)") && line.contains("--port") && !line.contains("\n")
        }
        try await first.stop()
    }

    /// An open event stream must not hold the shutdown: stopping ends it and the server returns.
    @Test func stoppingClosesReloadConnectionsAndReturns() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        let events = try server.events()
        #expect(await events.wait { _ in events.head != nil })
        try await server.stop()
        #expect(await events.wait { _ in events.isClosed })
    }

    @Test func clientsThatWentAwayAreForgotten() async throws {
        let server = try await RunningServer.start(Fixture.snapshot)
        let events = try server.events()
        #expect(await events.wait { _ in events.head != nil })
        #expect(server.store.subscriberCount == 1)
        events.disconnect()
        // The next message to it fails to write and ends its stream.
        let deadline = ContinuousClock.now + .seconds(20)
        while server.store.subscriberCount > 0, ContinuousClock.now < deadline {
            server.store.heartbeat()
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(server.store.subscriberCount == 0)
        try await server.stop()
    }
}

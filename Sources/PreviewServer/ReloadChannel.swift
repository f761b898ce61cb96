import ServiceLifecycle

/// Keeps the reload clients' connections checked while the server runs,
/// and closes them when it stops: an open event stream would otherwise hold
/// the HTTP server's graceful shutdown forever.
struct ReloadChannel: Service {
    let store: SnapshotStore
    var heartbeatInterval: Duration = .seconds(15)

    func run() async {
        let store = self.store, interval = heartbeatInterval
        try? await cancelWhenGracefulShutdown {
            while true {
                try await Task.sleep(for: interval)
                store.heartbeat()
            }
        }
        store.close()
    }
}

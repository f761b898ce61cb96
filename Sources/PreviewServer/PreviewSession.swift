import FileWatcher
import ServiceLifecycle

/// The rebuild loop of `sitegen serve`: each batch of changed files becomes
/// one build, one snapshot swap and one terminal line.
public final class PreviewSession: Service, Sendable {
    /// Where the terminal lines go: one per rebuild on `line`; the
    /// diagnostics of a failed build on `error`, all in one call (lines
    /// joined by line breaks, no final one).
    public struct Terminal: Sendable {
        public var line: @Sendable (String) -> Void
        public var error: @Sendable (String) -> Void

        public init(line: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void) {
            self.line = line
            self.error = error
        }
    }

    private let builder: any PreviewBuilder
    private let store: SnapshotStore
    private let watcher: FileWatcher
    private let terminal: Terminal
    private let folderNames: [ChangedPath.Root: String]

    /// - Parameter folderNames: how the terminal names each root (the folders as given on the command line).
    public init(builder: any PreviewBuilder, store: SnapshotStore, watcher: FileWatcher, folderNames: [ChangedPath.Root: String], terminal: Terminal) {
        self.builder = builder
        self.store = store
        self.watcher = watcher
        self.folderNames = folderNames
        self.terminal = terminal
    }

    /// Builds the whole site, then rebuilds for every batch until the watcher
    /// stops (graceful shutdown stops it). Changes made during the first
    /// build are already collected: they make the first rebuild.
    public func run() async {
        let watcher = self.watcher
        await withGracefulShutdownHandler {
            await self.rebuild(changes: [])
            FreedMemory.release()
            for await batch in watcher.batches {
                await self.rebuild(changes: batch)
                // The previous snapshot is gone once the new one is published.
                FreedMemory.release()
            }
        } onGracefulShutdown: {
            watcher.stop()
        }
    }

    /// Builds, prints one line (the diagnostics first, if any), then
    /// publishes, so a page that shows the result never runs ahead of the terminal.
    func rebuild(changes: [ChangedPath]) async {
        let clock = ContinuousClock()
        let start = clock.now
        let build = await builder.build(changes: changes)
        let previous = store.current
        let generation = previous.generation + 1
        let elapsed = Self.milliseconds(clock.now - start)
        let what = changes.isEmpty ? "first build:" : describe(changes) + ":"
        if let files = build.files, build.errors.isEmpty {
            let pages = "\(build.pagesRendered) page\(build.pagesRendered == 1 ? "" : "s")"
            if changes.isEmpty {
                terminal.line("sitegen: built \(pages) (\(files.count) files) in \(elapsed) ms")
            } else {
                let updated = "\(build.changed.count) file\(build.changed.count == 1 ? "" : "s") updated"
                terminal.line("sitegen: \(what) \(pages) re-rendered, \(updated), \(elapsed) ms")
            }
            // Files made on request for the last site were fetched by some page
            // (a search): that page reloads, as for any script it loaded, rather
            // than mix them with the new site's.
            var changed = build.changed
            if let old = previous.onDemand, old !== build.onDemand, let made = old.madePaths {
                changed = Array(Set(changed).union(made))
            }
            store.publish(SiteSnapshot(files: files, generation: generation, onDemand: build.onDemand), changed: changed)
        } else {
            let errors = build.errors.isEmpty ? [PreviewDiagnostic(text: "sitegen: the build failed without a diagnostic")] : build.errors
            // One call: the diagnostics of a rebuild stay together on the terminal.
            terminal.error(errors.map(\.terminal).joined(separator: "\n"))
            let count = errors.count
            let serving = previous.files.isEmpty ? "nothing to serve until they are fixed" : "serving the last good build"
            terminal.line("sitegen: \(what) \(count) error\(count == 1 ? "" : "s"); \(serving), \(elapsed) ms")
            store.publish(SiteSnapshot(files: previous.files, generation: generation, errors: errors.map(\.text), onDemand: previous.onDemand), changed: [])
        }
    }

    /// "content/02-local.md changed", or the first three and how many more.
    func describe(_ changes: [ChangedPath]) -> String {
        let names = changes.map { change -> String in
            let folder = folderNames[change.root] ?? change.root.rawValue
            return change.path.isEmpty ? folder + "/" : folder + "/" + change.path
        }
        if names.count <= 3 { return names.joined(separator: ", ") + " changed" }
        return names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more changed"
    }

    static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }
}

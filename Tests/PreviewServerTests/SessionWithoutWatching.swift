import FileWatcher
import Foundation
import TestFolders
@testable import PreviewServer

/// Runs `body` with a session over `builder` whose watcher watches an empty
/// temporary folder: tests that call `rebuild` themselves need a watcher only
/// because a session owns one.
func withSessionWithoutWatching<Result>(
    builder: any PreviewBuilder,
    store: SnapshotStore = SnapshotStore(),
    folderNames: [ChangedPath.Root: String] = [.content: "content", .templates: "templates"],
    terminal: PreviewSession.Terminal = .init(line: { _ in }, error: { _ in }),
    _ body: (PreviewSession) async throws -> Result
) async throws -> Result {
    let folder = try TestFolders.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let watcher = try FileWatcher(folders: [WatchedFolder(.content, path: folder.path)])
    defer { watcher.stop() }
    let session = PreviewSession(builder: builder, store: store, watcher: watcher, folderNames: folderNames, terminal: terminal)
    return try await body(session)
}

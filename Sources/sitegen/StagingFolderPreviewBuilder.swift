import FileWatcher
import Foundation
import PreviewServer
import SiteKit

/// STOP-GAP, replaced by the build model's memory sink and incremental
/// rebuilds (see `Serve.makeBuilder`, the only place that names this type).
///
/// Every call runs a full `SiteBuilder.build` into a private temporary
/// folder (never `public/`) and reads the whole site back into memory. It
/// ignores which files changed, so every page is re-rendered every time;
/// the changed site paths are found by comparing bytes with the last good build.
final class StagingFolderPreviewBuilder: PreviewBuilder, @unchecked Sendable {
    private let options: BuildOptions
    private let folder: URL
    /// The last good build's files; touched by one build at a time (calls never overlap).
    private var lastGood: [String: [UInt8]] = [:]

    init(content: String, templates: String, includeDrafts: Bool) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-serve-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        options = BuildOptions(content: content, templates: templates, output: folder.appendingPathComponent("site").path, includeDrafts: includeDrafts)
    }

    /// The temporary folder goes with the builder, when `serve` ends.
    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func build(changes: [ChangedPath]) async -> PreviewBuild {
        // The build is synchronous and uses every core: keep it off the
        // concurrency pool that serves requests meanwhile.
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: self.buildNow())
            }
        }
    }

    private func buildNow() -> PreviewBuild {
        let summary: BuildSummary
        do {
            summary = try SiteBuilder.build(options)
        } catch {
            return .failed(error.diagnostics.map(\.description))
        }
        let files: [String: [UInt8]]
        do {
            files = try Self.readSite(URL(fileURLWithPath: options.output))
        } catch {
            return .failed(["\(options.output): error: cannot read the preview build back: \(error.localizedDescription)"])
        }
        var changed = files.compactMap { path, bytes in lastGood[path] == bytes ? nil : path }
        changed += lastGood.keys.filter { files[$0] == nil }
        lastGood = files
        return PreviewBuild(files: files, changed: changed.sorted(), pagesRendered: summary.pages, errors: [])
    }

    /// Every regular file under `folder` but sitegen's hidden marker, by relative path.
    private static func readSite(_ folder: URL) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let base = folder.resolvingSymlinksInPath().path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
            return files
        }
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = url.resolvingSymlinksInPath().path
            guard path.hasPrefix(base) else { continue }
            files[String(path.dropFirst(base.count))] = Array(try Data(contentsOf: url))
        }
        return files
    }
}

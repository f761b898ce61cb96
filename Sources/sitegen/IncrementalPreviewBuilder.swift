import FileWatcher
import Foundation
import PreviewServer
import SiteCore

/// `serve`'s builder: the build model into a memory sink. The first build
/// renders every page; after that, the changed files say what to read again
/// and the pages' recorded dependencies say which pages render again
/// (`SiteBuild.rebuild`). `public/` is never touched.
final class IncrementalPreviewBuilder: PreviewBuilder, @unchecked Sendable {
    private let siteBuild: SiteBuild
    private let sink = MemorySink()
    // Touched by one build at a time: the preview's calls never overlap.
    /// The last successful build; nil until there is one, or after a change
    /// too broad to follow (a whole watched folder replaced).
    private var last: BuildResult?
    /// Changes since the last successful build: a failed rebuild's stay pending.
    private var pending = ChangedFiles()

    /// Shows a failed build's diagnostics as the terminal prints them (see `ServeDiagnostics`).
    private let describe: @Sendable ([Diagnostic]) -> [PreviewDiagnostic]

    init(options: BuildOptions, plugins: [any SitePlugin], describe: @escaping @Sendable ([Diagnostic]) -> [PreviewDiagnostic]) {
        var siteBuild = SiteBuild(options: options, plugins: plugins)
        // The search index is made when a page first asks for it: most edits
        // are never followed by a search, and on a large site it costs more
        // than everything else a body edit does (Benchmarks/serve).
        siteBuild.defersOnDemandFiles = true
        self.siteBuild = siteBuild
        self.describe = describe
    }

    func build(changes: [ChangedPath]) async -> PreviewBuild {
        // The build is synchronous and uses every core: keep it off the
        // concurrency pool that serves requests meanwhile.
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: self.buildNow(changes))
            }
        }
    }

    private func buildNow(_ changes: [ChangedPath]) -> PreviewBuild {
        note(changes)
        let before = sink.files
        let rendered: Int
        do {
            if let last {
                let (result, pages) = try siteBuild.rebuild(into: sink, after: last, changed: pending)
                self.last = result
                rendered = pages.count
            } else {
                let result = try siteBuild.run(into: sink)
                last = result
                rendered = result.plan.pages.count
            }
        } catch {
            return .failed(describe(error.diagnostics))
        }
        pending = ChangedFiles()
        let files = sink.files
        // Unchanged files share their storage with the last site: compared in an instant.
        var changed = files.compactMap { before[$0.key] == $0.value ? nil : $0.key }
        changed += before.keys.filter { files[$0] == nil }
        return PreviewBuild(files: files, changed: changed.sorted(), pagesRendered: rendered, errors: [], onDemand: last.flatMap(onDemandFiles))
    }

    /// The search index of the site of `result`, made when first requested.
    private func onDemandFiles(_ result: BuildResult) -> OnDemandFiles? {
        let paths = siteBuild.onDemandPaths(of: result.plan)
        guard !paths.isEmpty else { return nil }
        let siteBuild = self.siteBuild
        return OnDemandFiles(paths: paths) {
            Dictionary(siteBuild.onDemandFiles(of: result).map { ($0.path, Array($0.contents.utf8)) }, uniquingKeysWith: { _, last in last })
        }
    }

    /// Adds a batch of watched changes to what the next build reads again.
    private func note(_ changes: [ChangedPath]) {
        for change in changes {
            switch change.root {
            case .templates:
                pending.templates = true
            case .content where change.path.isEmpty:
                // The whole content folder changed (replaced, or the watch overflowed).
                last = nil
            case .content:
                pending.content.insert(change.path)
                // A folder moved or deleted: the data files read from under it are read again.
                if let last {
                    let folder = change.path + "/"
                    for file in last.plan.source.dataFiles where file.relativePath.hasPrefix(folder) {
                        pending.content.insert(file.relativePath)
                    }
                }
            }
        }
    }
}

import ConfigTree
import Foundation
import Markdown

/// Builds a whole site: load → plan → render pages in parallel → write → swap.
///
/// Nothing in the output folder changes unless every step succeeded; all
/// problems of a run are reported together.
public enum SiteBuilder {
    public static func build(_ options: BuildOptions) throws(BuildFailure) -> BuildSummary {
        let loader = ContentLoader(contentDirectory: options.contentURL, displayName: options.content, includeDrafts: options.includeDrafts)
        // Content and templates are both checked before reporting, so one run shows every problem.
        var diagnostics: [Diagnostic] = []
        var source: SiteSource?
        var templates: TemplateSet?
        do { source = try loader.load() } catch { diagnostics += error.diagnostics }
        do { templates = try TemplateSet.load(from: options.templatesURL, displayName: options.templates) } catch { diagnostics += error.diagnostics }
        guard let source, let templates, diagnostics.isEmpty else { throw BuildFailure(diagnostics) }

        let plan = try SitePlan.make(source)
        let projectRoot = options.contentURL.standardizedFileURL.deletingLastPathComponent()
        let output = try OutputFolder.prepare(
            options.outputURL, displayName: options.output,
            sources: [options.contentURL, options.templatesURL],
            protected: [projectRoot, URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        )
        do throws(BuildFailure) {
            let summary = try write(source: source, plan: plan, templates: templates, options: options, output: output)
            do {
                try output.commit()
            } catch {
                throw BuildFailure([Diagnostic(path: options.output, message: "cannot replace the output folder: \(error.localizedDescription)")], isSystemFailure: true)
            }
            return summary
        } catch {
            output.discard()
            throw error
        }
    }

    private static func write(source: SiteSource, plan: SitePlan, templates: TemplateSet, options: BuildOptions, output: OutputFolder) throws(BuildFailure) -> BuildSummary {
        var diagnostics: [Diagnostic] = []
        /// Every path written, relative to the output folder: the rest of a reused folder is stale.
        var written: [String] = []
        var systemFailure = false
        /// The output could not be written: reported with the output path, exit status 2.
        func fail(_ relative: String, _ error: any Error) {
            diagnostics.append(Diagnostic(path: options.output + "/" + relative, message: "cannot write: \(error.localizedDescription)"))
            systemFailure = true
        }

        // A reused staging folder first loses whatever stands where this build
        // writes something else (a file where a folder goes, or the reverse).
        // A new one holds nothing stale, and the path sets are not needed.
        let assets = DirectoryWalker.regularFiles(under: options.templatesURL.appendingPathComponent("assets").path)
        let siteFiles = PageRenderer.SiteFile.all(baseURL: source.config.baseURL)
        if output.isReused {
            let pages = [GeneratedFiles.home] + plan.chapters.map(\.url) + siteFiles.map(\.fileName)
            let planned = Set(pages + assets.map { "assets/" + $0 } + source.staticFiles)
            do {
                try output.removeStale(keeping: planned, keepingPrefixes: [GeneratedFiles.diagramsPrefix, GeneratedFiles.searchPrefix])
            } catch {
                fail("", error)
            }
        }

        // Theme assets and the content's own files.
        for asset in assets {
            do { try output.copy(options.templatesURL.appendingPathComponent("assets").appendingPathComponent(asset), to: "assets/" + asset) } catch { fail("assets/" + asset, error) }
            written.append("assets/" + asset)
        }
        for file in source.staticFiles {
            do { try output.copy(options.contentURL.appendingPathComponent(file), to: file) } catch { fail(file, error) }
            written.append(file)
        }
        do { try output.createFolder(GeneratedFiles.diagramsFolder) } catch { fail(GeneratedFiles.diagramsFolder, error) }

        // Pages, in parallel.
        let context = PageContext(config: source.config, plan: plan, templates: templates)
        let writer = SerialFileWriter(output: output)
        let renderer = PageRenderer(config: source.config, plan: plan, templates: templates, context: context, writer: writer)
        // The jobs that list every chapter (the chapter script, the sitemap, the
        // home page) go first, so no big job leaves one core working alone at the end.
        let jobs: [PageRenderer.Job] = siteFiles.map { .siteFile($0) } + [.home(source.home)]
            + source.chapters.indices.map { .chapter($0, source.chapters[$0]) }
        let outcomes = parallelMap(jobs) { renderer.render($0) }
        for failure in writer.finish() {
            fail(failure.relative, failure.error)
        }

        // Anchors into other pages, now that every page's ids are known.
        var idsByFile: [String: HeadingIDSet] = [:]
        for (job, outcome) in zip(jobs, outcomes) {
            if let file = job.pageFileName { idsByFile[file] = outcome.ids }
            diagnostics += outcome.diagnostics
            written += outcome.written
        }
        for outcome in outcomes {
            for anchor in outcome.pendingAnchors where !(idsByFile[anchor.targetFile]?.contains(anchor.id) ?? false) {
                let ids = idsByFile[anchor.targetFile]?.sorted ?? []
                diagnostics.append(Diagnostic(path: anchor.path, location: anchor.location,
                    message: "link to '\(anchor.targetFile)#\(anchor.id)': that page has no heading with that id\(Suggestion.didYouMean(anchor.id, in: ids))"))
            }
        }

        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics, isSystemFailure: systemFailure) }
        // The search index, from every page's text.
        if source.config.search {
            do {
                written += try SearchIndexStep.write(outcomes.compactMap(\.searchDocument), to: output)
            } catch {
                throw BuildFailure([Diagnostic(path: options.output + "/" + GeneratedFiles.searchFolder, message: "cannot write: \(error.localizedDescription)")], isSystemFailure: true)
            }
        }
        // Everything else stale went before the pages rendered: only figures and the index are left to check.
        if output.isReused {
            do {
                for prefix in [GeneratedFiles.diagramsPrefix, GeneratedFiles.searchPrefix] {
                    try output.removeStale(keeping: Set(written.filter { $0.hasPrefix(prefix) }), in: prefix)
                }
            } catch {
                throw BuildFailure([Diagnostic(path: options.output, message: "cannot remove stale files from the staging folder: \(error.localizedDescription)")], isSystemFailure: true)
            }
        }
        // The home page, the chapters and the 404 page.
        return BuildSummary(pages: source.chapters.count + 2, files: written.count, output: options.output)
    }

}

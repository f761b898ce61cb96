import ConfigTree
import Foundation

/// Reads the content folder: site.yml, params.yml, the home page, chapters,
/// model files and static files. Reports every problem it finds.
public struct ContentLoader: Sendable {
    public var contentDirectory: URL {
        didSet { contentPath = contentDirectory.path }
    }
    /// `contentDirectory` as a path, worked out once rather than for every file.
    private var contentPath: String
    /// The folder as the user wrote it, for messages (`content`).
    public var displayName: String
    public var includeDrafts: Bool

    public init(contentDirectory: URL, displayName: String, includeDrafts: Bool) {
        self.contentDirectory = contentDirectory
        self.contentPath = contentDirectory.path
        self.displayName = displayName
        self.includeDrafts = includeDrafts
    }

    func displayPath(_ relative: String) -> String {
        displayName.isEmpty || displayName == "." ? relative : (displayName.hasSuffix("/") ? displayName + relative : displayName + "/" + relative)
    }

    public func load() throws(BuildFailure) -> SiteSource {
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildFailure([Diagnostic(path: displayName, message: "content folder not found")])
        }

        // site.yml
        var siteSink = DiagnosticSink(path: displayPath("site.yml"))
        let siteNode = readYAMLFile("site.yml", sink: &siteSink)
        var config = SiteConfig(siteNode, sink: &siteSink)
        config.sourcePath = siteSink.path
        diagnostics += siteSink.diagnostics

        // params.yml
        var paramsSink = DiagnosticSink(path: displayPath("params.yml"))
        let params = readYAMLFile("params.yml", sink: &paramsSink)
        diagnostics += paramsSink.diagnostics

        let files = listFiles()

        var home: PageSource?
        var chapters: [PageSource] = []
        var models: [ModelSource] = []
        var staticFiles: [String] = []
        // Pages are read and their front matter parsed on all cores.
        let pageFiles = files.filter { !$0.utf8.contains(UInt8(ascii: "/")) && $0.hasSuffix(".md") }
        let pages = parallelMap(pageFiles) { file in
            var sink = DiagnosticSink(path: displayPath(file))
            let page = readPage(file, requireTitle: file != "index.md", sink: &sink)
            return (page, sink.diagnostics)
        }
        for (file, (page, problems)) in zip(pageFiles, pages) {
            diagnostics += problems
            guard let page else { continue }
            if file == "index.md" {
                home = page
            } else if !page.isDraft || includeDrafts {
                chapters.append(page)
            }
        }
        for file in files {
            let isTopLevel = !file.utf8.contains(UInt8(ascii: "/"))
            if isTopLevel && (file == "site.yml" || file == "params.yml" || file.hasSuffix(".md")) { continue }
            if file.hasPrefix("models/") && file.hasSuffix(".yml") && !file.dropFirst("models/".count).contains("/") {
                var sink = DiagnosticSink(path: displayPath(file))
                let name = String(file.dropFirst("models/".count).dropLast(".yml".count))
                if let node = readYAMLFile(file, sink: &sink) {
                    models.append(ModelSource(name: name, path: displayPath(file), declaration: node))
                } else if sink.isEmpty {
                    sink.error("the model file is empty")
                }
                diagnostics += sink.diagnostics
            }
            // Model files are data too: they are copied, so readers can download them.
            staticFiles.append(file)
        }

        chapters.sort { ($0.weight, $0.fileName) < ($1.weight, $1.fileName) }
        diagnostics += checkSlugs(chapters, staticFiles: staticFiles)
        diagnostics += checkGeneratedNames(staticFiles)

        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics) }
        return SiteSource(
            config: config, params: params, paramsPath: displayPath("params.yml"), home: home,
            chapters: chapters, models: models, staticFiles: staticFiles
        )
    }

    /// Every regular file under the content folder, relative and sorted; hidden files skipped.
    private func listFiles() -> [String] {
        DirectoryWalker.regularFiles(under: contentDirectory.path)
    }

    private func readText(_ relative: String, sink: inout DiagnosticSink) -> String? {
        // A plain path: Foundation's URL appending costs more than reading a small file.
        switch SourceText.read(path: contentPath + "/" + relative, displayPath: sink.path) {
        case .success(let text): return text
        case .failure(let diagnostic):
            sink.append(contentsOf: [diagnostic])
            return nil
        }
    }

    private func readYAMLFile(_ relative: String, sink: inout DiagnosticSink) -> ConfigNode? {
        guard FileManager.default.fileExists(atPath: contentDirectory.appendingPathComponent(relative).path) else { return nil }
        guard let text = readText(relative, sink: &sink) else { return nil }
        do {
            return try YAMLReader.parse(text)
        } catch {
            sink.add(error)
            return nil
        }
    }

    private func readPage(_ file: String, requireTitle: Bool, sink: inout DiagnosticSink) -> PageSource? {
        guard let text = readText(file, sink: &sink) else { return nil }
        return PageReader.read(text: text, path: sink.path, fileName: file, requireTitle: requireTitle, sink: &sink)
    }

    /// Content files must not stand where sitegen writes its own files.
    private func checkGeneratedNames(_ staticFiles: [String]) -> [Diagnostic] {
        staticFiles.compactMap { file in
            if GeneratedFiles.files.contains(file) || file == OutputFolder.markerName {
                return Diagnostic(path: displayPath(file), message: "sitegen writes \(file) itself; rename this file")
            }
            let top = String(file.split(separator: "/", maxSplits: 1).first ?? "")
            guard GeneratedFiles.folders.contains(top) else { return nil }
            let what = top == GeneratedFiles.assetsFolder ? "the theme's files, from templates/assets/"
                : top == GeneratedFiles.searchFolder ? "the search index" : "the drawn figures"
            return Diagnostic(path: displayPath(file), message: "sitegen writes \(top)/ (\(what)) itself; move this file to another folder")
        }
    }

    private func checkSlugs(_ chapters: [PageSource], staticFiles: [String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        /// The path of the first chapter with each slug, lower-cased.
        var firstWithSlug: [String: String] = [:]
        firstWithSlug.reserveCapacity(chapters.count)
        let staticNames = Set(staticFiles)
        for chapter in chapters {
            if let problem = Slug.problem(with: chapter.slug) {
                diagnostics.append(Diagnostic(path: chapter.path, message: "the file name gives the invalid slug '\(chapter.slug)': \(problem); rename the file or set 'slug:'"))
                continue
            }
            let key = chapter.slug.lowercased()
            if let first = firstWithSlug[key] {
                diagnostics.append(Diagnostic(path: chapter.path, message: "duplicate slug '\(chapter.slug)': \(first) has it too"))
            } else {
                firstWithSlug[key] = chapter.path
            }
            if staticNames.contains(chapter.slug + ".html") {
                diagnostics.append(Diagnostic(path: chapter.path, message: "the page \(chapter.slug).html would overwrite the file \(displayPath(chapter.slug + ".html"))"))
            }
        }
        return diagnostics
    }
}

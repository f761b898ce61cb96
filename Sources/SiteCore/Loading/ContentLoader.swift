import ConfigTree
import Foundation

/// Reads the content folder: site.yml, the home page, chapters, the data
/// files plugins read, and static files. Reports every problem it finds.
public struct ContentLoader: Sendable {
    public var contentDirectory: URL {
        didSet { contentPath = contentDirectory.path }
    }
    /// `contentDirectory` as a path, worked out once rather than for every file.
    private var contentPath: String
    /// The folder as the user wrote it, for messages (`content`).
    public var displayName: String
    public var includeDrafts: Bool
    public var plugins: [any SitePlugin]

    public init(contentDirectory: URL, displayName: String, includeDrafts: Bool, plugins: [any SitePlugin]) {
        self.contentDirectory = contentDirectory
        self.contentPath = contentDirectory.path
        self.displayName = displayName
        self.includeDrafts = includeDrafts
        self.plugins = plugins
    }

    func displayPath(_ relative: String) -> String {
        ContentPaths.display(relative, in: displayName)
    }

    /// How the plugins use a content file: the first that claims it decides.
    private func dataFileUse(_ relative: String) -> DataFileUse {
        for plugin in plugins {
            let use = plugin.dataFileUse(relative)
            if case .none = use { continue }
            return use
        }
        return .none
    }

    public func load() throws(BuildFailure) -> SiteSource {
        try load(reusing: nil)
    }

    /// Reads the content folder again after some of its files changed:
    /// Markdown and data files of `previous` that are not in `changedFiles`
    /// (relative paths) are taken from it instead of being read and parsed.
    public func load(reusing previous: (site: SiteSource, changedFiles: Set<String>)?) throws(BuildFailure) -> SiteSource {
        let unchanged: (String) -> Bool = { path in previous.map { !$0.changedFiles.contains(path) } ?? false }
        let previousPages = previous.map { [$0.site.home].compactMap { $0 } + $0.site.pages } ?? []
        let reusablePages = Dictionary(previousPages.filter { unchanged($0.fileName) }.map { ($0.fileName, $0) }, uniquingKeysWith: { first, _ in first })
        let reusableData = Dictionary((previous?.site.dataFiles ?? []).filter { unchanged($0.relativePath) }.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildFailure([Diagnostic(path: displayName, message: "content folder not found")])
        }

        // site.yml
        var siteSink = DiagnosticSink(path: displayPath("site.yml"))
        let site = readYAMLFile("site.yml", sink: &siteSink)
        var config = SiteConfig(site?.node, sink: &siteSink)
        config.sourcePath = siteSink.path
        config.fingerprint = site?.fingerprint ?? Fingerprint()
        diagnostics += siteSink.diagnostics
        // site.yml says whether links may leave the project, so it is read
        // first; it is never published, and is checked now like every file.
        let boundary = ProjectBoundary.project(content: contentDirectory, followsExternalLinks: config.followExternalLinks)
        if let target = boundary.escape(of: contentPath + "/site.yml") {
            diagnostics.append(DirectoryWalker.Escape(relative: "site.yml", target: target).diagnostic(displayPath: siteSink.path))
        }

        let listing = DirectoryWalker.list(under: contentPath, boundary: boundary)
        diagnostics += listing.escapes.map { $0.diagnostic(displayPath: displayPath($0.relative)) }
        let files = listing.files
        /// How each listed file is opened: inside the project, and without
        /// following a link the walk did not see.
        @Sendable func confinement(_ relative: String) -> FileReader.Confinement {
            FileReader.Confinement(boundary: boundary, throughLink: listing.linked.contains(relative))
        }


        var home: PageSource?
        var chapters: [PageSource] = []
        var sectionIndexes: [String: PageSource] = [:]
        var dataFiles: [DataFile] = []
        var staticFiles: [String] = []
        // Pages are read and their front matter parsed on all cores. Every
        // Markdown file is a page, at any depth: a folder's are a section.
        let pluginKeys = plugins.flatMap(\.frontMatterKeys)
        let reservedSlugs = self.reservedSlugs
        let pageFiles = files.filter { $0.hasSuffix(".md") }
        let pages = parallelMap(pageFiles) { file in
            if let page = reusablePages[file] { return (PageReader.Reading(page: page, isComplete: true, pluginKeysAreRead: true), [Diagnostic]()) }
            var sink = DiagnosticSink(path: displayPath(file))
            let isIndex = file == HomePage.sourceFile || SectionSource.indexFileNames.contains(String(file.split(separator: "/").last ?? "")) && file.contains("/")
            let reading = readPage(file, requireTitle: !isIndex, pluginKeys: pluginKeys, reservedSlugs: reservedSlugs, confinement: confinement(file), sink: &sink)
            return (reading, sink.diagnostics)
        }
        // Pages whose front matter has problems: their bodies are still checked
        // when nothing else is wrong (`UnfinishedSite`).
        var unfinishedPages: [PageSource] = []
        var bodyOnlyPages: Set<String> = []
        var pageProblems = 0
        for (file, (reading, problems)) in zip(pageFiles, pages) {
            diagnostics += problems
            pageProblems += problems.count
            guard reading.isComplete, let page = reading.page else {
                if let page = reading.page {
                    unfinishedPages.append(page)
                    if !reading.pluginKeysAreRead { bodyOnlyPages.insert(page.path) }
                }
                continue
            }
            if file == HomePage.sourceFile {
                home = page
            } else if page.isSectionIndex {
                if let other = sectionIndexes[page.folder] {
                    diagnostics.append(Diagnostic(path: page.path, message: "\(other.path) gives this section's title and text too; keep one of the two"))
                    continue
                }
                if !page.isDraft || includeDrafts { sectionIndexes[page.folder] = page }
            } else if !page.isDraft || includeDrafts {
                chapters.append(page)
            }
        }
        for file in files {
            if file == "site.yml" || file.hasSuffix(".md") { continue }
            let use = dataFileUse(file)
            if case .none = use {} else if let reused = reusableData[file] {
                dataFiles.append(reused)
                if case .read = use { continue }
            } else {
                var sink = DiagnosticSink(path: displayPath(file))
                if let text = readText(file, confinement: confinement(file), sink: &sink) {
                    do {
                        let node = try YAMLReader.parse(text)
                        dataFiles.append(DataFile(relativePath: file, path: sink.path, node: node, fingerprint: Fingerprint(text)))
                    } catch {
                        sink.add(error)
                    }
                }
                diagnostics += sink.diagnostics
                if case .read = use { continue }
            }
            staticFiles.append(file)
        }

        var (ordered, sections) = SectionTree.readingOrder(chapters: chapters, indexes: sectionIndexes)
        if config.dates == .git {
            // One git log for the whole site; front matter `updated:` wins.
            let commits = GitDates.lastCommits(in: contentDirectory)
            for index in ordered.indices where ordered[index].updated == nil {
                ordered[index].updated = commits[ordered[index].fileName]
            }
            if let page = home, page.updated == nil { home?.updated = commits[page.fileName] }
        }
        diagnostics += checkSlugs(ordered, staticFiles: staticFiles)
        diagnostics += checkGeneratedNames(staticFiles + ordered.map(\.fileName))
        diagnostics += OutputNames.caseCollisions(plannedOutput(ordered, staticFiles: staticFiles))

        guard diagnostics.isEmpty else {
            var failure = BuildFailure(diagnostics)
            if pageProblems == diagnostics.count, !unfinishedPages.isEmpty, pageProblems > 0 {
                // Only pages' front matter is wrong: the site with those pages as
                // well as they could be read, to check their bodies.
                let unfinishedHome = home ?? unfinishedPages.first { $0.fileName == HomePage.sourceFile }
                var indexes = sectionIndexes
                var all = chapters
                for page in unfinishedPages where page.fileName != HomePage.sourceFile {
                    if page.isSectionIndex { if indexes[page.folder] == nil { indexes[page.folder] = page } } else { all.append(page) }
                }
                let (allOrdered, allSections) = SectionTree.readingOrder(chapters: all, indexes: indexes)
                var site = SiteSource(contentFolder: displayName, config: config, home: unfinishedHome, pages: allOrdered, sections: allSections, dataFiles: dataFiles, staticFiles: staticFiles)
                site.boundary = boundary
                site.linkedFiles = listing.linked
                // Slugs that clash only because of a page read in part are not checked.
                if checkSlugs(allOrdered, staticFiles: staticFiles).isEmpty {
                    failure.unfinishedSite = UnfinishedSite(site: site, bodyOnlyPages: bodyOnlyPages)
                }
            }
            throw failure
        }
        var source = SiteSource(contentFolder: displayName, config: config, home: home, pages: ordered, sections: sections, dataFiles: dataFiles, staticFiles: staticFiles)
        source.boundary = boundary
        source.linkedFiles = listing.linked
        return source
    }

    /// A page read again after an edit that may have changed its body alone:
    /// `previous` with the new body when the text before the body (the front
    /// matter with its fences) is byte for byte what it was; nil when anything
    /// else changed or the file cannot be read as before (then the whole folder
    /// is read again, which says why).
    func rereadBody(of previous: PageSource, confinement: FileReader.Confinement) -> PageSource? {
        var sink = DiagnosticSink(path: previous.path)
        guard let text = readText(previous.fileName, confinement: confinement, sink: &sink), sink.diagnostics.isEmpty else { return nil }
        let split = FrontMatterSplit(text)
        guard !split.isUnterminated, split.bodyFirstLine == previous.bodyFirstLine,
              PageReader.headFingerprint(of: text, body: split.body) == previous.headFingerprint else { return nil }
        var page = previous
        page.body = split.body
        page.fingerprint = Fingerprint(text)
        return page
    }

    private func readText(_ relative: String, confinement: FileReader.Confinement?, sink: inout DiagnosticSink) -> String? {
        // A plain path: Foundation's URL appending costs more than reading a small file.
        switch SourceText.read(path: contentPath + "/" + relative, displayPath: sink.path, confinement: confinement) {
        case .success(let text): return text
        case .failure(let diagnostic):
            sink.append(contentsOf: [diagnostic])
            return nil
        }
    }

    /// site.yml's `follow_external_links`, for a build whose content failed
    /// to load (so the templates' links are still judged by the right rule).
    func followsExternalLinks() -> Bool {
        var sink = DiagnosticSink(path: displayPath("site.yml"))
        return SiteConfig(readYAMLFile("site.yml", sink: &sink)?.node, sink: &sink).followExternalLinks
    }

    /// The YAML of an optional file (nil when it does not exist or cannot be
    /// read), with the text's fingerprint. `confinement`: nil for site.yml,
    /// read before the link policy is known.
    private func readYAMLFile(_ relative: String, confinement: FileReader.Confinement? = nil, sink: inout DiagnosticSink) -> (node: ConfigNode?, fingerprint: Fingerprint)? {
        guard FileManager.default.fileExists(atPath: contentDirectory.appendingPathComponent(relative).path) else { return nil }
        guard let text = readText(relative, confinement: confinement, sink: &sink) else { return nil }
        do {
            return (try YAMLReader.parse(text), Fingerprint(text))
        } catch {
            sink.add(error)
            return nil
        }
    }

    private func readPage(_ file: String, requireTitle: Bool, pluginKeys: [String], reservedSlugs: Set<String>, confinement: FileReader.Confinement, sink: inout DiagnosticSink) -> PageReader.Reading {
        guard let text = readText(file, confinement: confinement, sink: &sink) else { return PageReader.Reading(page: nil, isComplete: false, pluginKeysAreRead: false) }
        return PageReader.readAll(text: text, path: sink.path, fileName: file, requireTitle: requireTitle, pluginKeys: pluginKeys, reservedSlugs: reservedSlugs, sink: &sink)
    }

    /// Slugs the plugins use for their own names.
    private var reservedSlugs: Set<String> {
        plugins.reduce(into: Set<String>()) { $0.formUnion($1.reservedSlugs) }
    }

    /// Every file the build writes whose name the content gives (chapter
    /// pages, then static files), with where each name comes from: the slug's
    /// line, or the file. Pages whose slugs differ only in case are left out
    /// after the first: `checkSlugs` reports them as duplicates.
    func plannedOutput(_ chapters: [PageSource], staticFiles: [String]) -> [OutputNames.Planned] {
        var slugs = Set<String>()
        let pages = chapters.filter { slugs.insert(OutputNames.foldedKey($0.slug)).inserted }.map { chapter in
            OutputNames.Planned(relative: chapter.url, path: chapter.path, location: chapter.slugLocation ?? .start,
                                what: chapter.slugLocation == nil ? "the file name (or set 'slug:')" : "the slug")
        }
        let files = staticFiles.map { OutputNames.Planned(relative: $0, path: displayPath($0), location: .start, what: "the file's path") }
        return pages + files
    }

    /// Content files (and pages' folders) must not stand where sitegen writes
    /// its own files, nor where a case-insensitive file system would put them there.
    private func checkGeneratedNames(_ staticFiles: [String]) -> [Diagnostic] {
        let ownFiles = Dictionary(uniqueKeysWithValues: (GeneratedFiles.files.union([OutputFolder.markerName])).map { (OutputNames.foldedKey($0), $0) })
        let ownFolders = Dictionary(uniqueKeysWithValues: GeneratedFiles.folders.map { (OutputNames.foldedKey($0), $0) })
        return staticFiles.compactMap { file in
            if let own = ownFiles[OutputNames.foldedKey(file)] {
                return Diagnostic(path: displayPath(file), message: own == file ? "sitegen writes \(file) itself; rename this file"
                    : "sitegen writes \(own) itself, which \(file) would overwrite on a case-insensitive file system; rename this file")
            }
            let written = String(file.split(separator: "/", maxSplits: 1).first ?? "")
            guard let top = ownFolders[OutputNames.foldedKey(written)] else { return nil }
            let what = top == GeneratedFiles.assetsFolder ? "the theme's files, from templates/assets/" : "the drawn figures"
            return Diagnostic(path: displayPath(file), message: "sitegen writes \(top)/ (\(what)) itself; move this file to another folder")
        }
    }

    private func checkSlugs(_ chapters: [PageSource], staticFiles: [String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        /// The path of the first chapter with each slug, lower-cased.
        var firstWithSlug: [String: String] = [:]
        firstWithSlug.reserveCapacity(chapters.count)
        let staticNames = Set(staticFiles)
        let reserved = reservedSlugs
        for chapter in chapters {
            if !chapter.isSectionIndex, let problem = Slug.problem(with: chapter.slug, reservedByPlugins: reserved) {
                diagnostics.append(Diagnostic(path: chapter.path, message: "the file name gives the invalid slug '\(chapter.slug)': \(problem); rename the file or set 'slug:'"))
                continue
            }
            let key = chapter.slug.lowercased()
            if let first = firstWithSlug[key] {
                diagnostics.append(Diagnostic(path: chapter.path, message: "duplicate slug '\(chapter.slug)': \(first) has it too"))
            } else {
                firstWithSlug[key] = chapter.path
            }
            let output = chapter.isSectionIndex
                ? chapter.folder + "/" + SectionSource.pageFileName
                : (chapter.folder.isEmpty ? "" : chapter.folder + "/") + chapter.slug + ".html"
            if staticNames.contains(output) {
                diagnostics.append(Diagnostic(path: chapter.path, message: "the page \(output) would overwrite the file \(displayPath(output))"))
            }
        }
        return diagnostics
    }
}

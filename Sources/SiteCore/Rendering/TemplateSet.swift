import ConfigTree
import Foundation
import Mustache

/// The site's Mustache templates, read and compiled once per build.
///
/// Every `*.mustache` file under the templates folder is a template named by
/// its path without the extension (`chapter`, `partials/nav`), so templates
/// can include each other as partials or extend a layout (`{{<base}}`).
public struct TemplateSet: Sendable {
    public static let requiredTemplates = ["chapter", "home", "404"]

    let library: MustacheLibrary
    /// The top-level variable names the templates use (`page` for `page.title`),
    /// or nil when that cannot be known (a template changes its delimiters).
    /// Values no template reads need not be built for every page.
    let usedVariables: Set<String>?
    /// Each template's fingerprint, over its text and the texts of every
    /// template it includes or extends, directly or not.
    let fingerprints: [String: Fingerprint]

    /// The fingerprint of the template `name` with everything it uses.
    public func fingerprint(of name: String) -> Fingerprint? {
        fingerprints[name]
    }

    /// The template that renders pages of `kind`: a section's page falls back
    /// to `chapter` in a theme written before sections had a template.
    func template(for kind: PageKind) -> String {
        if kind == .section && library.getTemplate(named: kind.template) == nil { return PageKind.chapter.template }
        return kind.template
    }

    /// Whether some template may read the variable `name`.
    func uses(_ name: String) -> Bool {
        usedVariables?.contains(name) ?? true
    }

    /// Reads the folder; reports a missing folder or template, template
    /// syntax errors (with their line and column) and partials that name no template.
    /// `followsExternalLinks`: site.yml's `follow_external_links`; otherwise a
    /// symbolic link that leads out of the project (the folder that holds the
    /// templates folder, `content` the content folder) is an error.
    public static func load(from directory: URL, displayName: String, content: URL? = nil, followsExternalLinks: Bool = false) throws(BuildFailure) -> TemplateSet {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var sources: [String: (path: String, text: String)] = [:]
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildFailure([Diagnostic(path: displayName, message: "templates folder not found")])
        }
        let base = directory.standardizedFileURL.resolvingSymlinksInPath().path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        let boundary = ProjectBoundary.project(content: content ?? directory, templates: directory, followsExternalLinks: followsExternalLinks)
        // The whole folder, assets too: a link out of the project is found before anything is written.
        let listing = DirectoryWalker.list(under: base, boundary: boundary)
        func displayPath(_ file: String) -> String { displayName.hasSuffix("/") ? displayName + file : displayName + "/" + file }
        diagnostics += listing.escapes.map { $0.diagnostic(displayPath: displayPath($0.relative)) }
        let files = listing.files.filter { $0.hasSuffix(".mustache") && !$0.hasPrefix("assets/") }
        for file in files {
            let name = String(file.dropLast(".mustache".count))
            let path = displayPath(file)
            let confinement = FileReader.Confinement(boundary: boundary, throughLink: listing.linked.contains(file))
            switch SourceText.read(path: prefix + file, displayPath: path, confinement: confinement) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            case .success(let text):
                do {
                    library.register(try compile(text), named: name)
                    sources[name] = (path, text)
                } catch let error as MustacheTemplate.ParserError {
                    // Lines count from the pragma line put before the template's text.
                    diagnostics.append(Diagnostic(
                        path: path, line: max(error.context.lineNumber - 1, 1), column: error.context.columnNumber,
                        message: "template syntax error: \(describe(error.error))"
                    ))
                } catch {
                    diagnostics.append(Diagnostic(path: path, message: "template syntax error: \(error)"))
                }
            }
        }
        for required in requiredTemplates where sources[required] == nil && !diagnostics.contains(where: { $0.path.hasSuffix("/\(required).mustache") }) {
            diagnostics.append(Diagnostic(path: displayName, message: "missing template '\(required).mustache'"))
        }
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in PartialReferences.find(in: source.text) where sources[reference.name] == nil {
                diagnostics.append(Diagnostic(
                    path: source.path, line: reference.line, column: reference.column,
                    message: "template '\(name)' uses '\(reference.name)', but there is no \(reference.name).mustache\(Suggestion.didYouMean(reference.name, in: sources.keys.sorted()))"
                ))
            }
        }
        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics) }
        let texts = sources.values.map(\.text)
        let used: Set<String>? = texts.contains { $0.contains("{{=") } ? nil : texts.reduce(into: Set<String>()) { $0.formUnion(VariableReferences.find(in: $1)) }
        return TemplateSet(library: library, usedVariables: used, fingerprints: fingerprints(of: sources.mapValues(\.text)))
    }

    /// For each template, the fingerprint of the texts of the templates it
    /// reaches through partials and parents, itself included, in name order.
    static func fingerprints(of texts: [String: String]) -> [String: Fingerprint] {
        let references = texts.mapValues { Set(PartialReferences.find(in: $0).map(\.name)) }
        var result: [String: Fingerprint] = [:]
        for name in texts.keys {
            var reached: Set<String> = [name]
            var pending = [name]
            while let next = pending.popLast() {
                for reference in references[next] ?? [] where texts[reference] != nil && reached.insert(reference).inserted {
                    pending.append(reference)
                }
            }
            var fingerprint = Fingerprint()
            for reachedName in reached.sorted() {
                fingerprint.combine(reachedName)
                fingerprint.combine(texts[reachedName] ?? "")
            }
            result[name] = fingerprint
        }
        return result
    }

    /// Compiles one template's text, with sitegen's escaping (`TemplateEscaping`).
    static func compile(_ text: String) throws -> MustacheTemplate {
        TemplateEscaping.register()
        return try MustacheTemplate(string: TemplateEscaping.pragmaLine + text)
    }

    /// Renders `context` with the named template.
    func render(_ context: [String: Any], template name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened"
        case .unfinishedName: return "a tag is not closed with '}}'"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        default: return "\(error)"
        }
    }
}

/// Partial and parent references (`{{> name}}`, `{{< name}}`) in a template's
/// text, so a misspelt one is an error instead of the empty output the Mustache
/// spec prescribes. This is a lint over tag openings, not a template parser.
enum PartialReferences {
    struct Reference: Equatable {
        var name: String
        var line: Int
        var column: Int
    }

    static func find(in text: String) -> [Reference] {
        var references: [Reference] = []
        let bytes = Array(text.utf8)
        var line = 1, lineStart = 0, index = 0
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            } else if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{"),
                      bytes[index + 2] == UInt8(ascii: ">") || bytes[index + 2] == UInt8(ascii: "<") {
                var start = index + 3
                while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "}"), bytes[end] != UInt8(ascii: " ") { end += 1 }
                let name = String(decoding: bytes[start..<end], as: UTF8.self)
                // `{{>*dynamic}}` names are chosen at render time.
                if !name.isEmpty, !name.hasPrefix("*") {
                    // Columns count characters: the bytes that start one.
                    let column = bytes[lineStart..<index].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                    references.append(Reference(name: name, line: line, column: column))
                }
                index = end
                continue
            }
            index += 1
        }
        return references
    }
}

/// The top-level names that template tags read (`{{page.title}}`,
/// `{{#toc}}`, `{{^empty(site.author)}}` → `page`, `toc`, `site`). A lint
/// over tag openings like `PartialReferences`, not a template parser; it may
/// find more names than are read, never fewer, for templates that keep the
/// `{{ }}` delimiters.
enum VariableReferences {
    static func find(in text: String) -> Set<String> {
        var names = Set<String>()
        let bytes = Array(text.utf8)
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else { index += 1; continue }
            var start = index + 2
            while start < bytes.count, "{#^/&!<>$ ".utf8.contains(bytes[start]) { start += 1 }
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "}") { end += 1 }
            var inside = String(decoding: bytes[start..<end], as: UTF8.self)
            // A transform: `empty(page.description)` reads `page`.
            if let open = inside.firstIndex(of: "("), let close = inside.lastIndex(of: ")"), open < close {
                inside = String(inside[inside.index(after: open)..<close])
            }
            let name = inside.split(whereSeparator: { $0 == "." || $0 == " " || $0 == "|" }).first.map(String.init) ?? ""
            if !name.isEmpty { names.insert(name) }
            index = end
        }
        return names
    }
}

import ConfigTree
import Foundation

/// Turns a Markdown file's text into a `PageSource`, checking its front matter.
enum PageReader {
    /// The keys the core reads; plugins add theirs.
    static let coreFrontMatterKeys = ["title", "weight", "slug", "description", "draft", "updated"]

    /// `requireTitle` is false for the home page (index.md), whose title is optional.
    /// `pluginKeys`: the front matter keys plugins read, kept in `PageSource.extra`;
    /// `reservedSlugs`: slugs plugins reserve.
    static func read(text: String, path: String, fileName: String, requireTitle: Bool, pluginKeys: [String], reservedSlugs: Set<String> = [], sink: inout DiagnosticSink) -> PageSource? {
        let reading = readAll(text: text, path: path, fileName: fileName, requireTitle: requireTitle, pluginKeys: pluginKeys, reservedSlugs: reservedSlugs, sink: &sink)
        return reading.isComplete ? reading.page : nil
    }

    /// What could be read of a page, also when its front matter has problems,
    /// so that its body's problems can still be reported.
    struct Reading {
        /// The page with every setting that could be read; nil when the body
        /// cannot be told from the front matter (an unclosed `---`).
        var page: PageSource?
        /// No problem in the front matter: the page is part of the site.
        var isComplete: Bool
        /// The plugins' keys were read (the YAML is a mapping), so the body's
        /// placeholders and blocks can be checked against them.
        var pluginKeysAreRead: Bool
    }

    /// The fingerprint of the bytes of `text` before `body`, its suffix.
    static func headFingerprint(of text: String, body: String) -> Fingerprint {
        var fingerprint = Fingerprint()
        var text = text
        let headBytes = text.utf8.count - body.utf8.count
        text.withUTF8 { fingerprint.combine(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: $0.prefix(headBytes)))) }
        return fingerprint
    }

    /// Like `read`, but returns what it could read when there are problems (which go to `sink`).
    static func readAll(text: String, path: String, fileName: String, requireTitle: Bool, pluginKeys: [String], reservedSlugs: Set<String> = [], sink: inout DiagnosticSink) -> Reading {
        let frontMatterKeys = coreFrontMatterKeys + pluginKeys
        let split = FrontMatterSplit(text)
        // The file's own name: `guide/01-intro.md` is `01-intro` (its URL keeps the folder).
        // A section's page is named by its folder's path (`guide/advanced/_index.md`
        // is `guide-advanced`): that names its figures and scenario.
        let slash = fileName.lastIndex(of: "/")
        let ownName = String(fileName[(slash.map { fileName.index(after: $0) } ?? fileName.startIndex)...])
        let sectionFolder = slash != nil && SectionSource.indexFileNames.contains(ownName) ? String(fileName[..<slash!]) : nil
        let defaultSlug = sectionFolder.map { $0.replacingOccurrences(of: "/", with: "-") } ?? String(ownName.dropLast(".md".count))
        var page = PageSource(
            path: path, fileName: fileName, slug: defaultSlug, title: "", titleLocation: .start,
            weight: 0, description: "", descriptionLocation: .start, isDraft: false, updated: nil, extra: [:],
            body: split.body, bodyFirstLine: split.bodyFirstLine, fingerprint: Fingerprint(text),
            headFingerprint: headFingerprint(of: text, body: split.body)
        )
        if split.isUnterminated {
            sink.error("front matter opened with '---' is never closed; add a line '---' after it", line: 1, column: 1)
            return Reading(page: nil, isComplete: false, pluginKeysAreRead: false)
        }
        guard let yaml = split.yaml else {
            if requireTitle {
                sink.error("missing front matter: start the file with '---', a line 'title: …', and '---'", line: 1, column: 1)
                return Reading(page: page, isComplete: false, pluginKeysAreRead: true)
            }
            return Reading(page: page, isComplete: true, pluginKeysAreRead: true)
        }
        let origin = SourceLocation(line: split.yamlFirstLine, column: 1)
        let node: ConfigNode?
        do {
            node = try YAMLReader.parse(yaml)
        } catch {
            sink.add(error, origin: origin)
            return Reading(page: page, isComplete: false, pluginKeysAreRead: false)
        }
        guard let entries = node?.entries else {
            if let node, node.value != .null {
                sink.add(ConfigError("front matter must be a mapping of keys to values, not \(node.kindName)", at: node.location), origin: origin)
                return Reading(page: page, isComplete: false, pluginKeysAreRead: false)
            }
            if requireTitle {
                sink.error("front matter has no 'title'", line: 1, column: 1)
                return Reading(page: page, isComplete: false, pluginKeysAreRead: true)
            }
            return Reading(page: page, isComplete: true, pluginKeysAreRead: true)
        }
        var failed = false
        var hasTitle = false
        for entry in entries {
            do throws(ConfigError) {
                let value = entry.value
                switch entry.key {
                case "title":
                    page.title = try value.string("title").trimmingSpaces()
                    page.titleLocation = value.location.shifted(by: origin)
                    hasTitle = !page.title.isEmpty
                    if !hasTitle { throw ConfigError("'title' must not be empty", at: value.location) }
                case "weight":
                    page.weight = try value.wholeNumber("weight", in: Int.min...Int.max)
                case "slug":
                    if let sectionFolder {
                        throw ConfigError("'slug' does not apply to a section's page: it is always \(sectionFolder)/\(SectionSource.pageFileName)", at: entry.keyLocation)
                    }
                    let slug = try value.string("slug")
                    if let problem = Slug.problem(with: slug, reservedByPlugins: reservedSlugs) {
                        throw ConfigError("invalid slug '\(slug)': \(problem)", at: value.location)
                    }
                    page.slug = slug
                    page.slugLocation = value.location.shifted(by: origin)
                case "description":
                    page.description = try value.string("description").trimmingSpaces()
                    page.descriptionLocation = value.location.shifted(by: origin)
                case "draft":
                    page.isDraft = try value.boolean("draft")
                case "updated":
                    let text = try value.string("updated").trimmingSpaces()
                    guard let date = PageDate(text) else {
                        throw ConfigError("'updated' must be a date written YYYY-MM-DD (or an RFC 3339 date-time), not '\(text)'", at: value.location)
                    }
                    page.updated = date
                case let key where pluginKeys.contains(key):
                    // Checked by the plugin later; positions are shifted to the file here, once.
                    page.extra[key] = value.shifted(by: origin)
                default:
                    throw ConfigError("unknown front matter key '\(entry.key)'\(Suggestion.didYouMean(entry.key, in: frontMatterKeys)); known: \(frontMatterKeys.joined(separator: ", "))", at: entry.keyLocation)
                }
            } catch {
                sink.add(error, origin: origin)
                failed = true
            }
        }
        if requireTitle && !hasTitle && !failed {
            sink.error("front matter has no 'title'", line: split.yamlFirstLine, column: 1)
            return Reading(page: page, isComplete: false, pluginKeysAreRead: true)
        }
        return Reading(page: page, isComplete: !failed, pluginKeysAreRead: true)
    }
}

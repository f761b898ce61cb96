import ConfigTree
import Localization
import Markdown

/// The settings in `content/site.yml`.
public struct SiteConfig: Sendable {
    /// May hold placeholders, filled from the site's scenario.
    public var title: String = "sitegen"
    public var titleLocation: SourceLocation = .start
    /// May hold placeholders, filled from the site's scenario.
    public var description: String = ""
    public var descriptionLocation: SourceLocation = .start
    /// The site's language (BCP 47), as written; `words` is its catalog.
    public var language: String = "zh-CN"
    /// Every word sitegen writes into the site, in `language`.
    public var words: LanguageCatalog = .default
    public var author: String = ""
    /// With a base URL, sitemap.xml and canonical links are written; every
    /// internal link stays relative either way.
    public var baseURL: String?
    /// The format of `{{ quantity }}` placeholders that name none.
    public var numberFormat: String = "sci"
    public var numberFormatLocation: SourceLocation = .start
    /// The settings file as shown in messages (`content/site.yml`).
    public var sourcePath: String = "site.yml"
    /// Above this many chapters, chapter pages stop repeating the whole list
    /// (it is written once, to chapters.js) so output stays linear in size.
    public var navInlineLimit: Int = 50
    public var markdown = MarkdownOptions()
    /// Warnings (raw HTML left out) fail the build, as `--strict` makes them.
    public var strict = false
    /// Follow symbolic links under content/ and templates/ that lead out of
    /// the project (by default they are errors: see `ProjectBoundary`).
    public var followExternalLinks = false
    /// The fingerprint of site.yml's text: every page depends on the settings.
    public var fingerprint = Fingerprint()
    /// Whether the site has full-text search (the index under search/ and the box in the default theme).
    public var search = true

    public init() {}

    static let keys = ["title", "description", "language", "author", "base_url", "number_format", "nav_inline_limit", "markdown", "strict", "follow_external_links", "search"]
    static let markdownKeys = ["smart", "unsafe_html"]

    /// Reads site.yml's tree; every problem goes to `sink`.
    init(_ node: ConfigNode?, sink: inout DiagnosticSink) {
        guard let node else { return }
        guard let entries = node.entries else {
            sink.error("site.yml must be a mapping of settings, not \(node.kindName)", at: node.location)
            return
        }
        for entry in entries {
            do throws(ConfigError) {
                let value = entry.value
                switch entry.key {
                case "title":
                    title = try value.string(entry.key)
                    titleLocation = value.location
                case "description":
                    description = try value.string(entry.key)
                    descriptionLocation = value.location
                case "language":
                    language = try value.string(entry.key)
                    if language.isEmpty { throw ConfigError("'language' must not be empty", at: value.location) }
                    guard let catalog = LanguageCatalog.matching(language) else {
                        throw ConfigError(UnknownLanguage(tag: language, available: LanguageCatalog.availableTags).message, at: value.location)
                    }
                    words = catalog
                case "author": author = try value.string(entry.key)
                case "base_url":
                    let url = try value.string(entry.key)
                    guard url.isEmpty || url.hasPrefix("https://") || url.hasPrefix("http://") else {
                        throw ConfigError("'base_url' must be an absolute http(s) URL, not '\(url)'", at: value.location)
                    }
                    baseURL = url.isEmpty ? nil : (url.hasSuffix("/") ? url : url + "/")
                case "number_format":
                    numberFormat = try value.string(entry.key)
                    numberFormatLocation = value.location
                case "nav_inline_limit":
                    navInlineLimit = try value.wholeNumber(entry.key, in: 0...Int.max)
                case "strict":
                    strict = try value.boolean(entry.key)
                case "follow_external_links":
                    followExternalLinks = try value.boolean(entry.key)
                case "search":
                    search = try value.boolean(entry.key)
                case "markdown":
                    for option in try value.mapping(entry.key) {
                        switch option.key {
                        case "smart": markdown.smartPunctuation = try option.value.boolean("markdown.smart")
                        case "unsafe_html": markdown.unsafeHTML = try option.value.boolean("markdown.unsafe_html")
                        default:
                            throw ConfigError("unknown Markdown option '\(option.key)'\(Suggestion.didYouMean(option.key, in: Self.markdownKeys)); known: \(Self.markdownKeys.joined(separator: ", "))", at: option.keyLocation)
                        }
                    }
                default:
                    throw ConfigError("unknown setting '\(entry.key)'\(Suggestion.didYouMean(entry.key, in: Self.keys))", at: entry.keyLocation)
                }
            } catch {
                sink.add(error)
            }
        }
    }
}

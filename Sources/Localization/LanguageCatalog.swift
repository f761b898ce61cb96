/// Every word sitegen writes into a site, in one language.
///
/// Each group is a struct whose every property must be given when a catalog
/// is built, so a language that misses a word does not compile. Words with a
/// number or a name in them are functions (`chapterNumber(3)` is "第 3 章" or
/// "Chapter 3"); a list of strings is a line of segments that a figure may
/// wrap between (see `DiagramWords`).
///
/// The shipped catalogs are `simplifiedChinese` (zh-CN, the default) and
/// `english` (en); `LanguageCatalog.named(_:)` finds one by BCP 47 tag.
///
/// A class: a catalog holds a few hundred words and closures, and pages,
/// number contexts and blocks all carry the site's; sharing one reference
/// costs one reference count where copying a struct cost one per word.
public final class LanguageCatalog: Sendable {
    /// The catalog's BCP 47 tag, as `availableTags` lists it: "zh-CN", "en".
    public let tag: String
    /// The tag's script subtag (ISO 15924), which decides which tags fall back
    /// to this catalog: zh-Hans-SG finds the Hans catalog, zh-Hant does not.
    public let script: String
    /// Words the site layer writes into every page (outside the theme).
    public let page: PageWords
    /// Words of the default theme's templates.
    public let theme: ThemeWords
    /// Headers, captions and labels of the tables the `params` and `model` blocks write.
    public let tables: TableWords
    /// Titles, labels, notes, captions and descriptions of the five diagram kinds.
    public let diagrams: DiagramWords
    /// Titles of GitHub-style alerts (`> [!NOTE]` …).
    public let callouts: CalloutWords
    /// How numbers are written where the format follows the language.
    public let numbers: NumberWords

    public init(tag: String, script: String, page: PageWords, theme: ThemeWords, tables: TableWords, diagrams: DiagramWords, callouts: CalloutWords, numbers: NumberWords) {
        self.tag = tag
        self.script = script
        self.page = page
        self.theme = theme
        self.tables = tables
        self.diagrams = diagrams
        self.callouts = callouts
        self.numbers = numbers
    }
}

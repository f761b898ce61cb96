/// How the language writes numbers where the format follows the language
/// (ParamEngine's `compact` and `auto` formats).
public struct NumberWords: Sendable {
    /// The CLDR locale whose short compact names `compact` uses:
    /// "zh_CN" writes 万, 亿, 万亿 (myriads, never 兆); "en_US" writes K, M, B, T.
    public let compactLocale: String
    /// The smallest value that gets a compact name: 10⁴ (万) in Chinese,
    /// 10³ (K) in English. Whole numbers below it are written in full.
    public let compactFirstUnit: Int
    /// `auto` writes whole numbers whose magnitude is below this in plain digits
    /// (1000, 9999): a reader takes in four digits at a glance.
    public let autoPlainBelow: Int
    /// How `auto` writes every other value.
    public let autoLargeForm: LargeNumberForm

    public init(compactLocale: String, compactFirstUnit: Int, autoPlainBelow: Int = 10_000, autoLargeForm: LargeNumberForm) {
        self.compactLocale = compactLocale
        self.compactFirstUnit = compactFirstUnit
        self.autoPlainBelow = autoPlainBelow
        self.autoLargeForm = autoLargeForm
    }
}

import ConfigTree
import Localization

/// How a number is written in the site's text: `{{ full | cn }}`, or site.yml's
/// `number_format` for placeholders without one.
///
/// Only `auto` and `compact` depend on the site's language; `cn`, `si` and
/// `cn-count` write the same in every language, so a page can still quote a
/// Chinese or an English figure on purpose.
public enum NumberFormat: String, CaseIterable, Sendable {
    /// The default, for prose: whole numbers below the language's
    /// `autoPlainBelow` (10⁴ in both shipped catalogs) in plain digits (7, 1000,
    /// 9999); every other value in the language's `autoLargeForm`: `sci` in
    /// Chinese (10¹², 9.82×10⁵), `compact` in English (1T, 982K).
    case auto
    /// 10<sup>12</sup>, 9.82×10<sup>5</sup>, 100 (rounds to three significant digits).
    case sci
    /// 1万亿, 1亿, 1万, 98.2万 (CLDR zh_CN compact names; rounds to three significant digits).
    case cn
    /// 1T, 100M, 10K (CLDR en_US compact names; rounds to three significant digits).
    case si
    /// The site language's compact names: `cn` for zh-CN (1万亿, 10万), `si` for
    /// en (1T, 100K); a catalog names its CLDR locale (`NumberWords`).
    case compact
    /// 1,000,000,000,000 (exact integers only).
    case grouped
    /// The exponent of an exact power of ten: 10⁴ → 4 (anything else is an error).
    case orders
    /// Chinese numerals for a count: 四, 一百, 一万 (exact non-negative integers only).
    case cnCount = "cn-count"
    /// 1000000000000 (exact integers only).
    case plain

    /// The format called `name`, with a did-you-mean when there is none.
    public static func named(_ name: String, at location: SourceLocation = .start) throws(ConfigError) -> NumberFormat {
        if let format = NumberFormat(rawValue: name) { return format }
        let known = allCases.map(\.rawValue)
        var suggestion = Suggestion.didYouMean(name, in: known)
        if suggestion.isEmpty, let meant = meanings[name.lowercased()] {
            suggestion = "; did you mean '\(meant.rawValue)'?"
        }
        let list = suggestion.isEmpty ? " (known formats: \(known.joined(separator: ", ")))" : ""
        throw ConfigError("unknown number format '\(name)'\(suggestion)\(list)", at: location)
    }

    /// Names authors reach for, by what they mean (for the did-you-mean only:
    /// each format has one name).
    static let meanings: [String: NumberFormat] = [
        "chinese": .cn, "zh": .cn, "wan": .cn, "万": .cn, "中文": .cn,
        "scientific": .sci, "science": .sci, "exp": .sci, "exponent": .sci, "e": .sci,
        "metric": .si, "english": .si, "short": .compact, "auto": .compact,
        "comma": .grouped, "commas": .grouped, "thousands": .grouped, "group": .grouped, "separated": .grouped,
        "order": .orders, "magnitude": .orders, "log": .orders, "log10": .orders, "power": .orders,
        "count": .cnCount, "chinese-count": .cnCount, "hanzi": .cnCount, "words": .cnCount,
        "raw": .plain, "int": .plain, "integer": .plain, "number": .plain, "digits": .plain, "exact": .plain,
    ]

    /// Whether the format rounds, and so accepts values that are not whole numbers.
    public var rounds: Bool {
        switch self {
        case .auto, .sci, .cn, .si, .compact: return true
        case .grouped, .orders, .cnCount, .plain: return false
        }
    }

    /// `value` in this format, in `language` (which only `auto` and `compact` read).
    /// Errors are located at the start (1:1); callers move them to the
    /// placeholder or setting that asked for the format.
    public func format(_ value: Int, language: LanguageCatalog = .default) throws(ConfigError) -> FormattedNumber {
        try format(Rational(value), language: language)
    }

    /// `value` in this format: an error if the format needs an exact integer
    /// and `value` is not one, or for `orders`, if it is not a power of ten.
    public func format(_ value: Rational, language: LanguageCatalog = .default) throws(ConfigError) -> FormattedNumber {
        try format(value, subject: "\(value)", language: language)
    }

    /// `subject` names the value in messages (a placeholder passes `'full / 3' = 1000000000000/3`).
    func format(_ value: Rational, subject: String, language: LanguageCatalog) throws(ConfigError) -> FormattedNumber {
        switch self {
        case .auto:
            let words = language.numbers
            if let whole = value.integerValue, whole.magnitude < UInt(max(0, words.autoPlainBelow)) {
                // The minus sign of the large form, so that a sign never changes at the threshold.
                let minus = words.autoLargeForm == .scientific ? "\u{2212}" : "-"
                return FormattedNumber((whole < 0 ? minus : "") + String(whole.magnitude))
            }
            switch words.autoLargeForm {
            case .scientific: return ScientificNotation.format(value)
            case .compact: return CompactNotation.format(value, style: .of(words))
            }
        case .sci:
            return ScientificNotation.format(value)
        case .cn:
            return CompactNotation.format(value, style: .chinese)
        case .si:
            return CompactNotation.format(value, style: .english)
        case .compact:
            return CompactNotation.format(value, style: .of(language.numbers))
        case .orders:
            guard let exponent = value.powerOfTenExponent else {
                throw ConfigError("format 'orders' writes the exponent of an exact power of ten, and \(subject) is not one",
                                  at: .start)
            }
            return FormattedNumber(String(exponent))
        case .grouped:
            return FormattedNumber(Self.grouped(try wholeNumber(value, subject: subject)))
        case .plain:
            return FormattedNumber(String(try wholeNumber(value, subject: subject)))
        case .cnCount:
            let count = try wholeNumber(value, subject: subject)
            guard count >= 0 else {
                throw ConfigError("format 'cn-count' writes counts, and \(subject) is negative", at: .start)
            }
            return FormattedNumber(ChineseNumerals.count(count))
        }
    }

    private func wholeNumber(_ value: Rational, subject: String) throws(ConfigError) -> Int {
        guard let whole = value.integerValue else {
            throw ConfigError(
                "\(subject) is not a whole number, and format '\(rawValue)' writes exact integers only (\(Self.roundingNames) round); or write floor(…), ceil(…) or round(…) in the placeholder",
                at: .start)
        }
        return whole
    }

    /// "auto, sci, cn, si and compact": the formats that accept any value.
    static let roundingNames: String = {
        let names = allCases.filter(\.rounds).map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }()

    /// 1000000 → 1,000,000 (ASCII commas and minus, so the text reads back as a number).
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }
}

/// How a language's prose writes a number too large to read as plain digits
/// (ParamEngine's `auto` format, above `NumberWords.autoPlainBelow`).
public enum LargeNumberForm: String, Sendable {
    /// 10¹², 9.82×10⁵: what `sci` writes.
    case scientific
    /// 1万亿, 98.2万 or 1T, 982K: what `compact` writes in the language.
    case compact
}

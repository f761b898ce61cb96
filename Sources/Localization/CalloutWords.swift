/// Titles of GitHub-style alerts (`> [!NOTE]`, …). The Chinese ones follow
/// GitHub Docs' Simplified Chinese rendering for NOTE (注意) and TIP (提示);
/// CAUTION is 小心 so that no two kinds share a title.
public struct CalloutWords: Sendable {
    /// `[!NOTE]`: "注意", "Note".
    public let note: String
    /// `[!TIP]`: "提示", "Tip".
    public let tip: String
    /// `[!IMPORTANT]`: "重要", "Important".
    public let important: String
    /// `[!WARNING]`: "警告", "Warning".
    public let warning: String
    /// `[!CAUTION]`: "小心", "Caution".
    public let caution: String
}

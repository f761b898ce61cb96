import ConfigTree

/// The did-you-mean of a link to a heading id that does not exist: a likely
/// typo (edit distance), else the id of a heading whose text the link wrote
/// another way (spaces for hyphens, other case, only the start of a heading
/// whose id goes on, as `#全连接` for `全连接-10¹²`).
enum AnchorSuggestion {
    static func didYouMean(_ id: String, in ids: [String]) -> String {
        let typo = Suggestion.didYouMean(id, in: ids)
        if !typo.isEmpty { return typo }
        let written = simplified(id)
        guard !written.isEmpty else { return "" }
        if let same = ids.first(where: { simplified($0) == written }) ?? ids.first(where: { simplified($0).hasPrefix(written) }) {
            return "; did you mean '\(same)'?"
        }
        return ""
    }

    /// The id without case, spaces, hyphens and underscores.
    private static func simplified(_ id: String) -> String {
        String(id.lowercased().unicodeScalars.filter { !" -_\u{3000}".unicodeScalars.contains($0) }.map(Character.init))
    }
}

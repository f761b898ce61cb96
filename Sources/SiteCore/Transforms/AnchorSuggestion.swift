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
        // Compared scalar by scalar, as browsers match ids: a canonically
        // equivalent spelling is not the same id, and is no suggestion either.
        if let same = ids.first(where: { simplified($0) == written }) ?? ids.first(where: { simplified($0).starts(with: written) }) {
            return "; did you mean '\(same)'?"
        }
        return ""
    }

    /// The id's scalars without case, spaces, hyphens and underscores.
    private static func simplified(_ id: String) -> [Unicode.Scalar] {
        id.lowercased().unicodeScalars.filter { !" -_\u{3000}".unicodeScalars.contains($0) }
    }
}

import ConfigTree

/// Did-you-mean suggestions for broken links, up to a number per page (or per
/// build). Each suggestion compares the name with every heading id, so a page
/// with thousands of broken links into a page with thousands of headings took
/// quadratic time to report; past the budget, messages name the problem only.
final class SuggestionBudget {
    /// Enough for every typo an author makes by hand.
    static let perPage = 20

    private var left: Int

    init(_ count: Int = perPage) {
        left = count
    }

    /// `; did you mean 'x'?`, or nothing (no close candidate, or no budget left);
    /// the candidates are listed only while there is budget.
    func didYouMean(_ name: String, in candidates: @autoclosure () -> [String]) -> String {
        guard left > 0 else { return "" }
        left -= 1
        return Suggestion.didYouMean(name, in: candidates())
    }

    /// The same for a heading id (`AnchorSuggestion`: typos, and ids written another way).
    func didYouMeanAnchor(_ id: String, in candidates: @autoclosure () -> [String]) -> String {
        guard left > 0 else { return "" }
        left -= 1
        return AnchorSuggestion.didYouMean(id, in: candidates())
    }
}

/// Heading ids that keep Chinese characters, as Hugo and mdBook do:
/// `## 权值共享` → `权值共享`, `## Weight Sharing (CNN)` → `weight-sharing-cnn`.
///
/// Letters and digits of every script are kept, ASCII letters lower-cased;
/// every run of other characters (spaces, punctuation) becomes one `-`;
/// an empty result falls back to `section`.
public enum HeadingID {
    public static func slugify(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for character in text {
            if character.isLetter || character.isNumber || character == "_" {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                if character.isASCII {
                    result.append(Character(character.lowercased()))
                } else {
                    result.append(character)
                }
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "section" : result
    }

    /// Makes ids unique within a page: the second `概述` becomes `概述-1`, the third `概述-2`.
    public struct Uniquer {
        private var used: Set<String> = []

        public init() {}

        public mutating func unique(_ base: String) -> String {
            var candidate = base
            var counter = 0
            while used.contains(candidate) {
                counter += 1
                candidate = "\(base)-\(counter)"
            }
            used.insert(candidate)
            return candidate
        }
    }
}

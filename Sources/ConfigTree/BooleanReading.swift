extension ConfigNode {
    /// The one boolean grammar of every config value: `true` or `false`, also
    /// capitalised (`True`, `TRUE`, `False`, `FALSE`), the booleans of YAML 1.2's
    /// core schema. YAML 1.1's `yes`, `no`, `on` and `off` are refused with a
    /// message that says so, because Yams and most YAML 1.2 tools read them as text.
    public func boolean(_ key: String) throws(ConfigError) -> Bool {
        if case .null = value { throw ConfigError("'\(key)' needs a value: true or false", at: location) }
        if let text = scalar {
            switch text.trimmingSpaces() {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            case let word where Self.yamlOneOneBooleans.contains(word.lowercased()):
                throw ConfigError("'\(key)' must be true or false, not '\(text)' (YAML 1.2 reads \(word) as text)", at: location)
            default: break
            }
        }
        throw ConfigError("'\(key)' must be true or false, not \(writtenValue)", at: location)
    }

    private static let yamlOneOneBooleans: Set<String> = ["yes", "no", "on", "off", "y", "n"]

    /// The value as an author would recognise it in a message: `'abc'`, `a list`.
    public var writtenValue: String {
        if let text = scalar { return "'\(text)'" }
        return kindName
    }
}

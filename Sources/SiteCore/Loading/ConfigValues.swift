import ConfigTree

/// Typed reads of ConfigNode values for the site's own settings (site.yml,
/// front matter), each failing with a message that names the key. Booleans and
/// whole numbers use ConfigTree's readers (`boolean(_:)`, `wholeNumber(_:in:)`),
/// the grammar every module shares.
extension ConfigNode {
    func string(_ key: String) throws(ConfigError) -> String {
        switch value {
        case .scalar(let text): return text
        case .null: return ""
        default: throw ConfigError("'\(key)' must be text, not \(kindName)", at: location)
        }
    }

    func mapping(_ key: String) throws(ConfigError) -> [Entry] {
        switch value {
        case .mapping(let entries): return entries
        case .null: return []
        default: throw ConfigError("'\(key)' must be a mapping of keys to values, not \(kindName)", at: location)
        }
    }
}

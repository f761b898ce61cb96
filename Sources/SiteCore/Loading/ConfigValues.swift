import ConfigTree

/// Typed reads of ConfigNode values for the site's own settings (site.yml,
/// front matter), each failing with a message that names the key.
extension ConfigNode {
    func string(_ key: String) throws(ConfigError) -> String {
        switch value {
        case .scalar(let text): return text
        case .null: return ""
        default: throw ConfigError("'\(key)' must be text, not \(kindName)", at: location)
        }
    }

    func integer(_ key: String) throws(ConfigError) -> Int {
        guard let text = scalar, let number = Int(text.trimmingSpaces()) else {
            throw ConfigError("'\(key)' must be a whole number, not '\(scalar ?? kindName)'", at: location)
        }
        return number
    }

    func boolean(_ key: String) throws(ConfigError) -> Bool {
        switch scalar {
        case "true", "True", "TRUE", "yes", "on": return true
        case "false", "False", "FALSE", "no", "off": return false
        default: throw ConfigError("'\(key)' must be true or false, not '\(scalar ?? kindName)'", at: location)
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

/// A configuration value as it was written, with where it was written.
///
/// The site layer converts YAML (front matter, params.yml, fenced `diagram` and
/// `model` blocks) into this tree, so the pure modules (ParamEngine, Networks,
/// Diagrams) validate their own input and report precise positions without
/// depending on a YAML library or on files.
public struct ConfigNode: Sendable, Hashable {
    public indirect enum Value: Sendable, Hashable {
        /// A scalar exactly as written (quotes removed), e.g. `1000x1000`, `true`, `10`.
        case scalar(String)
        case sequence([ConfigNode])
        /// Keys in source order; keys are unique (the loader rejects duplicates).
        case mapping([Entry])
        /// An explicit null or an empty value (`key:` with nothing after it).
        case null
    }

    public struct Entry: Sendable, Hashable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: ConfigNode

        public init(key: String, keyLocation: SourceLocation, value: ConfigNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation = .start) {
        self.value = value
        self.location = location
    }
}

extension ConfigNode {
    /// The scalar text, or nil for any other kind of value.
    public var scalar: String? {
        if case .scalar(let text) = value { return text }
        return nil
    }

    /// The entries of a mapping, or nil for any other kind of value.
    public var entries: [Entry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    /// The items of a sequence, or nil for any other kind of value.
    public var items: [ConfigNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The value under `key` in a mapping.
    public subscript(key: String) -> ConfigNode? {
        entries?.first(where: { $0.key == key })?.value
    }

    /// A short name of the kind of value, for error messages ("expected a mapping, found a list").
    public var kindName: String {
        switch value {
        case .scalar: return "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .null: return "nothing"
        }
    }
}

extension ConfigNode {
    /// The same tree with every location moved from a text starting at `origin` to the file.
    public func shifted(by origin: SourceLocation) -> ConfigNode {
        let moved: Value
        switch value {
        case .scalar, .null:
            moved = value
        case .sequence(let items):
            moved = .sequence(items.map { $0.shifted(by: origin) })
        case .mapping(let entries):
            moved = .mapping(entries.map {
                Entry(key: $0.key, keyLocation: $0.keyLocation.shifted(by: origin), value: $0.value.shifted(by: origin))
            })
        }
        return ConfigNode(moved, at: location.shifted(by: origin))
    }
}

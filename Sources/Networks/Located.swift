import ConfigTree

/// A declared value with where it was declared, so that a later shape check can
/// point at the field that does not fit (or at the layer, for a default).
struct Located<Value: Sendable>: Sendable {
    var value: Value
    var location: SourceLocation
}

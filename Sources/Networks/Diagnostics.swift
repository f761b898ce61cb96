import ConfigTree

/// The problems found so far in one declaration: both passes (reading the
/// declaration, inferring shapes) add to it, so one run reports all it can.
final class Diagnostics {
    private(set) var errors: [ConfigError] = []

    func add(_ message: String, at location: SourceLocation) {
        let error = ConfigError(message, at: location)
        // A layer inside `repeat` is checked once per repetition; say each problem once.
        if !errors.contains(error) {
            errors.append(error)
        }
    }

    var count: Int { errors.count }
    var isEmpty: Bool { errors.isEmpty }
}

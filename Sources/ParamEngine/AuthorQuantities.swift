import ConfigTree

/// Evaluates the quantities authors define in `quantities:`, in dependency
/// order, whatever order they were written in.
///
/// Each value must be a whole number. A definition that refers to an unknown
/// name, is circular, overflows or is not whole is reported once; the
/// definitions that depend on it are skipped rather than reported again. The
/// walk is iterative, so a long chain of definitions cannot overflow the stack.
struct AuthorQuantities {
    struct Definition: Sendable, Hashable {
        var name: String
        var expression: Expression
        var keyLocation: SourceLocation
        /// Declared by a base scenario: its locations are in another text, so
        /// problems are reported at the declaration being read instead.
        var inherited: Bool
    }

    private enum State {
        case visiting, done(Int), failed
    }

    private(set) var values: [String: Int] = [:]
    private(set) var errors: [ConfigError] = []

    /// `known`: built-in and site-given quantities; `candidates`: every name, for did-you-mean;
    /// `declarationLocation`: where problems of inherited definitions are reported.
    init(_ definitions: [Definition], known: [String: Int], candidates: [String], declarationLocation: SourceLocation) {
        var byName: [String: Definition] = [:]
        for definition in definitions { byName[definition.name] = definition }
        var states: [String: State] = [:]

        func dependencies(of definition: Definition) -> [String] {
            definition.expression.names.filter { byName[$0] != nil && known[$0] == nil }
        }

        for definition in definitions where states[definition.name] == nil {
            var stack: [(definition: Definition, dependencies: [String], next: Int)] =
                [(definition, dependencies(of: definition), 0)]
            states[definition.name] = .visiting
            while let top = stack.last {
                if top.next < top.dependencies.count {
                    let name = top.dependencies[top.next]
                    stack[stack.count - 1].next += 1
                    guard let dependency = byName[name] else { continue }
                    switch states[name] {
                    case nil:
                        states[name] = .visiting
                        stack.append((dependency, dependencies(of: dependency), 0))
                    case .visiting?:
                        let start = stack.firstIndex(where: { $0.definition.name == name }) ?? 0
                        let cycle = stack[start...].map(\.definition)
                        errors.append(Self.cycleError(cycle, declarationLocation: declarationLocation))
                        for member in cycle { states[member.name] = .failed }
                    case .done?, .failed?:
                        continue
                    }
                    continue
                }
                stack.removeLast()
                if case .failed? = states[top.definition.name] { continue }
                let blocked = top.dependencies.contains { name in
                    if case .failed? = states[name] { return true }
                    return false
                }
                if blocked {
                    states[top.definition.name] = .failed
                    continue
                }
                do throws(ConfigError) {
                    let value = try Self.evaluate(top.definition, known: known, resolved: values, candidates: candidates,
                                                  declarationLocation: declarationLocation)
                    values[top.definition.name] = value
                    states[top.definition.name] = .done(value)
                } catch {
                    errors.append(error)
                    states[top.definition.name] = .failed
                }
            }
        }
    }

    private static func evaluate(_ definition: Definition, known: [String: Int], resolved: [String: Int],
                                 candidates: [String], declarationLocation: SourceLocation) throws(ConfigError) -> Int {
        let value: Rational
        do throws(ConfigError) {
            value = try definition.expression.evaluate(lookup: { known[$0] ?? resolved[$0] }, candidates: { candidates })
        } catch {
            throw located(definition, error.message, at: error.location, declarationLocation: declarationLocation)
        }
        guard let whole = value.integerValue else {
            throw located(definition, "its value \(value) is not a whole number; write floor(…), ceil(…) or round(…) around it to choose the whole number", at: definition.expression.origin,
                          declarationLocation: declarationLocation)
        }
        return whole
    }

    /// Names the quantity in the message; an inherited one is reported at the declaration.
    private static func located(_ definition: Definition, _ message: String, at location: SourceLocation,
                                declarationLocation: SourceLocation) -> ConfigError {
        if definition.inherited {
            return ConfigError("inherited quantity '\(definition.name)' = \(definition.expression.text): \(message)",
                               at: declarationLocation)
        }
        return ConfigError("quantity '\(definition.name)': \(message)", at: location)
    }

    private static func cycleError(_ cycle: [Definition], declarationLocation: SourceLocation) -> ConfigError {
        let path = (cycle + cycle.prefix(1)).map(\.name).joined(separator: " → ")
        let location = cycle.first(where: { !$0.inherited })?.keyLocation ?? declarationLocation
        return ConfigError("circular definition: \(path)", at: location)
    }
}

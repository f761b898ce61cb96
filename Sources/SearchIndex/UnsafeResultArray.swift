import Foundation

/// Results written by concurrent workers, each to its own index.
final class UnsafeResultArray<Element>: @unchecked Sendable {
    private var storage: [Element?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Element) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Element] { storage.map { $0! } }

    /// The value at `index`, leaving nothing there (so the caller holds the only reference).
    func take(_ index: Int) -> Element {
        lock.lock()
        defer { lock.unlock() }
        let value = storage[index]!
        storage[index] = nil
        return value
    }
}

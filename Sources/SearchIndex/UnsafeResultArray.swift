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
}

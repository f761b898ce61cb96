import Dispatch

/// Runs `transform` over every element on all cores and returns the results
/// in order. Chapters are independent once the site-wide pass is done, as in
/// Hugo (NumCPU workers) and Zola (rayon).
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    let results = ResultSlots<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        results.set(index, transform(items[index]))
    }
    return results.values()
}

/// One slot per result, each written by exactly one iteration, read after all
/// iterations finished: no two threads touch the same memory.
private final class ResultSlots<R>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: max(count, 1))
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func set(_ index: Int, _ value: R) {
        storage[index] = value
    }

    /// Every slot is set once `concurrentPerform` returns; a missing one would
    /// pair results with the wrong items, so it is a programming error.
    func values() -> [R] {
        (0..<count).map { index in
            guard let value = storage[index] else { preconditionFailure("parallelMap: no result for item \(index)") }
            return value
        }
    }
}

import Foundation

/// Hands rendered pages to the site-wide steps' streams (`PageStream`) in
/// site order, while the rendering workers go on with later pages.
///
/// Taken in turns by the workers themselves, as `SerialFileWriter` is: a
/// worker that finishes a page leaves it here and, when enough pages wait
/// and no other worker is feeding the streams, feeds them every page that is
/// next in order. A page that finished early waits here for those before it.
/// `finish`, once every page is here, feeds the rest.
final class InOrderPageFeed: @unchecked Sendable {
    private let streams: [any PageStream]
    /// Guards `waiting` and `next`.
    private let lock = NSLock()
    private var waiting: [Int: RenderedPage] = [:]
    private var next = 0
    /// Held by the one worker feeding the streams, which are not thread-safe.
    private let feeding = NSLock()

    /// How many pages wait before a worker feeds them: a stream works on
    /// several pages in a row while its own data (the search index's tables)
    /// is in the cache, rather than a page at a time between two renderings.
    private let batch: Int

    init(_ streams: [any PageStream], batch: Int = 32) {
        self.streams = streams
        self.batch = max(1, batch)
    }

    /// Leaves the page at `index` of the plan's pages and, once `batch` pages
    /// wait, feeds the streams if no other worker is.
    func deliver(_ index: Int, _ page: RenderedPage) {
        guard !streams.isEmpty else { return }
        lock.lock()
        waiting[index] = page
        let enough = waiting.count >= batch
        lock.unlock()
        // Another worker is feeding: it, a later `deliver` or `finish` feeds this page.
        guard enough, feeding.try() else { return }
        feedWaiting()
        feeding.unlock()
    }

    /// Feeds every page still waiting; each page of the plan must have been delivered.
    func finish(pageCount: Int) {
        guard !streams.isEmpty else { return }
        feeding.lock()
        feedWaiting()
        feeding.unlock()
        lock.lock()
        defer { lock.unlock() }
        precondition(next == pageCount && waiting.isEmpty, "InOrderPageFeed: a page was not delivered")
    }

    /// Called with `feeding` held.
    private func feedWaiting() {
        while true {
            lock.lock()
            let page = waiting.removeValue(forKey: next)
            if page != nil { next += 1 }
            lock.unlock()
            guard let page else { return }
            for stream in streams { stream.take(page) }
        }
    }
}

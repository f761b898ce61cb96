import Dispatch
import Testing
@testable import SiteCore

/// The rendering workers finish pages in any order; the steps' streams get
/// them in site order, each once.
@Suite struct InOrderPageFeedTests {
    final class Recorder: PageStream, @unchecked Sendable {
        var taken: [PageID] = []
        func take(_ page: RenderedPage) { taken.append(page.id) }
        func finish() -> SiteStepOutput { SiteStepOutput() }
    }

    static func page(_ number: Int) -> RenderedPage {
        RenderedPage(id: PageID("\(number).md"), url: "\(number).html", html: "", headingIDs: HeadingIDSet(), pendingAnchors: [], figures: [],
                     sections: [], dependencies: PageDependencies(), diagnostics: [], warnings: [])
    }

    @Test func pagesFinishedOnManyThreadsReachEveryStreamInSiteOrder() {
        let count = 2_000
        // Each group of 7 finishes back to front, so most pages arrive before the one ahead of them.
        let finishingOrder = stride(from: 0, to: count, by: 7).flatMap { (($0)..<min($0 + 7, count)).reversed() }
        let recorders = [Recorder(), Recorder()]
        let feed = InOrderPageFeed(recorders)
        DispatchQueue.concurrentPerform(iterations: count) { turn in
            let index = finishingOrder[turn]
            feed.deliver(index, Self.page(index))
        }
        feed.finish(pageCount: count)
        for recorder in recorders {
            #expect(recorder.taken == (0..<count).map { Self.page($0).id })
        }
    }

    @Test func aPageWaitsForThoseBeforeIt() {
        let recorder = Recorder()
        let feed = InOrderPageFeed([recorder], batch: 1)
        feed.deliver(2, Self.page(2))
        feed.deliver(1, Self.page(1))
        #expect(recorder.taken.isEmpty)
        feed.deliver(0, Self.page(0))
        #expect(recorder.taken == [0, 1, 2].map { Self.page($0).id })
        feed.deliver(4, Self.page(4))
        #expect(recorder.taken.count == 3)
        feed.deliver(3, Self.page(3))
        feed.finish(pageCount: 5)
        #expect(recorder.taken == (0..<5).map { Self.page($0).id })
    }

    @Test func pagesAreFedOnlyOnceABatchOfThemWaits() {
        let recorder = Recorder()
        let feed = InOrderPageFeed([recorder], batch: 3)
        feed.deliver(0, Self.page(0))
        feed.deliver(1, Self.page(1))
        #expect(recorder.taken.isEmpty)
        feed.deliver(3, Self.page(3))
        // Three wait, but only two come next in order.
        #expect(recorder.taken == [0, 1].map { Self.page($0).id })
        feed.deliver(2, Self.page(2))
        #expect(recorder.taken.count == 2)
        feed.finish(pageCount: 4)
        #expect(recorder.taken == (0..<4).map { Self.page($0).id })
    }
}

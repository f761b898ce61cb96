import Testing
@testable import FileWatcher

/// The batching rules with instants passed in: no clock, no files.
@Suite struct ChangeCollectorTests {
    let start = ContinuousClock.now
    func at(_ milliseconds: Int) -> ContinuousClock.Instant { start + .milliseconds(milliseconds) }
    func collector() -> ChangeCollector { ChangeCollector(quietPeriod: .milliseconds(15), settlePeriod: .milliseconds(100)) }

    @Test func aWriteBecomesABatchAfterTheQuietPeriod() {
        var collector = collector()
        collector.record(ChangedPath(.content, "a.md"), endsWrite: true, at: at(0))
        #expect(collector.deadline == at(15))
        let settledAt14 = collector.settle(at: at(14))
        #expect(!settledAt14)
        let batch2 = collector.takeReady()
        #expect(batch2.isEmpty)
        let settledAt15 = collector.settle(at: at(15))
        #expect(settledAt15)
        let batch4 = collector.takeReady()
        #expect(batch4 == [ChangedPath(.content, "a.md")])
        #expect(collector.deadline == nil)
    }

    @Test func eventsWithinTheQuietPeriodExtendIt() {
        var collector = collector()
        collector.record(ChangedPath(.content, "a.md"), endsWrite: true, at: at(0))
        collector.record(ChangedPath(.templates, "base.mustache"), endsWrite: true, at: at(10))
        let settledAt20 = collector.settle(at: at(20))
        #expect(!settledAt20)
        let settledAt25 = collector.settle(at: at(25))
        #expect(settledAt25)
        let batch7 = collector.takeReady()
        #expect(batch7 == [ChangedPath(.content, "a.md"), ChangedPath(.templates, "base.mustache")])
    }

    /// Vim renames the file away first; its new copy is written later: one batch.
    @Test func aDeletionWaitsForTheSettlePeriodSoTheWriteThatFollowsJoinsIt() {
        var collector = collector()
        collector.record(ChangedPath(.content, "a.md"), endsWrite: false, at: at(0))
        #expect(collector.deadline == at(100))
        let settledAt50 = collector.settle(at: at(50))
        #expect(!settledAt50)
        collector.record(ChangedPath(.content, "a.md"), endsWrite: true, at: at(60))
        #expect(collector.deadline == at(75))
        let settledAt75 = collector.settle(at: at(75))
        #expect(settledAt75)
        let batch10 = collector.takeReady()
        #expect(batch10 == [ChangedPath(.content, "a.md")])
    }

    @Test func aDeletionAloneSettlesAfterTheSettlePeriod() {
        var collector = collector()
        collector.record(ChangedPath(.content, "old.md"), endsWrite: false, at: at(0))
        let settledAt99 = collector.settle(at: at(99))
        #expect(!settledAt99)
        let settledAt100 = collector.settle(at: at(100))
        #expect(settledAt100)
        let batch13 = collector.takeReady()
        #expect(batch13 == [ChangedPath(.content, "old.md")])
    }

    /// A rebuild is running: the consumer has not taken the batch yet, so later saves join it.
    @Test func batchesSettledBeforeTheConsumerTakesThemCoalesce() {
        var collector = collector()
        collector.record(ChangedPath(.content, "b.md"), endsWrite: true, at: at(0))
        let settledAt20 = collector.settle(at: at(20))
        #expect(settledAt20)
        collector.record(ChangedPath(.content, "a.md"), endsWrite: true, at: at(30))
        let settledAt50 = collector.settle(at: at(50))
        #expect(settledAt50)
        collector.record(ChangedPath(.content, "b.md"), endsWrite: true, at: at(60))
        let settledAt80 = collector.settle(at: at(80))
        #expect(settledAt80)
        let batch17 = collector.takeReady()
        #expect(batch17 == [ChangedPath(.content, "a.md"), ChangedPath(.content, "b.md")])
        let batch18 = collector.takeReady()
        #expect(batch18.isEmpty)
    }

    @Test func pendingChangesStayOutOfTheReadyBatchUntilTheySettle() {
        var collector = collector()
        collector.record(ChangedPath(.content, "a.md"), endsWrite: true, at: at(0))
        let settledAt15 = collector.settle(at: at(15))
        #expect(settledAt15)
        collector.record(ChangedPath(.content, "b.md"), endsWrite: true, at: at(16))
        let settledAt20 = collector.settle(at: at(20))
        #expect(!settledAt20)
        let batch21 = collector.takeReady()
        #expect(batch21 == [ChangedPath(.content, "a.md")])
        let settledAt31 = collector.settle(at: at(31))
        #expect(settledAt31)
        let batch23 = collector.takeReady()
        #expect(batch23 == [ChangedPath(.content, "b.md")])
    }

    /// GNU sed -i writes sedXXXXXX and renames it over the file: the temporary name changed nothing.
    @Test func aFileThatAppearedAndWentInOneBatchIsDropped() {
        var collector = collector()
        collector.record(ChangedPath(.content, "sedAbc123"), endsWrite: false, appeared: true, at: at(0))
        collector.record(ChangedPath(.content, "sedAbc123"), endsWrite: false, at: at(1))
        collector.record(ChangedPath(.content, "a.md"), endsWrite: true, appeared: true, at: at(1))
        let settled = collector.settle(at: at(20)) { $0.path == "a.md" }
        #expect(settled)
        let batch = collector.takeReady()
        #expect(batch == [ChangedPath(.content, "a.md")])
    }

    /// A file deleted, created and deleted again within one batch existed before it: its deletion is a change.
    @Test func aFileThatExistedBeforeTheBatchIsKeptEvenIfItAppearedLater() {
        var collector = collector()
        collector.record(ChangedPath(.content, "old.md"), endsWrite: false, at: at(0))
        collector.record(ChangedPath(.content, "old.md"), endsWrite: false, appeared: true, at: at(1))
        collector.record(ChangedPath(.content, "old.md"), endsWrite: false, at: at(2))
        let settled = collector.settle(at: at(200)) { _ in false }
        #expect(settled)
        let batch = collector.takeReady()
        #expect(batch == [ChangedPath(.content, "old.md")])
    }
}

@Suite struct EditorFilesTests {
    @Test(arguments: [".a.md.swp", "a.md.swp", "a.md.swo", "a.md.swx", "a.md~", "#a.md#", "a.md.bck", "4913", ".hidden", ".#a.md", ".DS_Store",
                      "a.md___jb_tmp___", "a.md___jb_old___"])
    func editorFilesAreIgnored(_ name: String) {
        #expect(EditorFiles.isIgnored(name))
    }

    @Test(arguments: ["a.md", "01-full.md", "site.yml", "style.css", "4913.md", "a#b.md", "#tag", "base.mustache", "权值共享.md"])
    func authorFilesAreWatched(_ name: String) {
        #expect(!EditorFiles.isIgnored(name))
    }

    @Test func aPathInsideAHiddenFolderIsIgnored() {
        #expect(EditorFiles.isIgnored(path: ".git/config"))
        #expect(!EditorFiles.isIgnored(path: "images/a.png"))
    }
}

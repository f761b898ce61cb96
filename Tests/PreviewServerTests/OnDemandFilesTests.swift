import FileWatcher
import Foundation
import TestFolders
import Testing
@testable import PreviewServer

/// Files a snapshot makes only when first requested (the search index).
@Suite struct OnDemandFilesTests {
    /// Counts how often the files were made.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() { lock.lock(); value += 1; lock.unlock() }
        var count: Int { lock.lock(); defer { lock.unlock() }; return value }
    }

    static let index: [String: [UInt8]] = [
        "search/index.js": Array("sitegenSearch.root({});\n".utf8),
        "search/t/0.js": Array("sitegenSearch.shard(0, {});\n".utf8),
    ]

    @Test func theyAreMadeOnceWhenFirstRequestedAndServedLikeAnyFile() async throws {
        let counter = Counter()
        let onDemand = OnDemandFiles(paths: ["search/"]) {
            counter.increment()
            return Self.index
        }
        let server = try await RunningServer.start(SiteSnapshot(files: Fixture.files, generation: 1, onDemand: onDemand))
        // Pages and other files never make them.
        #expect(try await server.get("/index.html").status == 200)
        #expect(try await server.get("/assets/style.css").status == 200)
        #expect(counter.count == 0)
        #expect(!onDemand.isMade)

        // Requests at once wait for one making.
        async let first = server.get("/search/index.js")
        async let second = server.get("/search/t/0.js")
        let (index, shard) = try await (first, second)
        #expect(index.status == 200)
        #expect(index.body == Self.index["search/index.js"])
        #expect(index.header("Content-Type") == "text/javascript; charset=utf-8")
        #expect(index.header("ETag") != nil)
        #expect(shard.status == 200)
        #expect(shard.body == Self.index["search/t/0.js"])
        #expect(try await server.get("/search/index.js", method: "HEAD").header("Content-Length") == String(Self.index["search/index.js"]!.count))
        #expect(counter.count == 1)

        // A path under the folder that was not made is missing, as any other.
        let missing = try await server.get("/search/t/9.js")
        #expect(missing.status == 404)
        #expect(missing.text.contains("<h1>Not here</h1>"))
        #expect(counter.count == 1)
        try await server.stop()
    }

    @Test func onlyTheirPathsWaitForThem() {
        let onDemand = OnDemandFiles(paths: ["search/", "extra.json"]) { [:] }
        #expect(onDemand.covers("search/index.js"))
        #expect(onDemand.covers("search/t/12.js"))
        #expect(onDemand.covers("extra.json"))
        #expect(!onDemand.covers("search"))
        #expect(!onDemand.covers("searching.html"))
        #expect(!onDemand.covers("extra.json.bak"))
    }

    /// Succeeds with its own search index, then fails.
    final class SucceedsThenFails: PreviewBuilder, @unchecked Sendable {
        let onDemand = OnDemandFiles(paths: ["search/"]) { OnDemandFilesTests.index }
        private var builds = 0

        func build(changes: [ChangedPath]) async -> PreviewBuild {
            builds += 1
            if builds == 1 { return PreviewBuild(files: Fixture.files, changed: [], pagesRendered: 3, errors: [], onDemand: onDemand) }
            return .failed([PreviewDiagnostic(text: "content/a.md:1:1: error: bad")])
        }
    }

    @Test func aFailedRebuildKeepsServingTheLastGoodSitesFiles() async throws {
        let builder = SucceedsThenFails()
        let store = SnapshotStore()
        try await withSessionWithoutWatching(builder: builder, store: store) { session in
            await session.rebuild(changes: [])
            #expect(store.current.onDemand === builder.onDemand)
            await session.rebuild(changes: [ChangedPath(.content, "a.md")])
            #expect(store.current.errors == ["content/a.md:1:1: error: bad"])
            #expect(store.current.onDemand === builder.onDemand)
        }
    }

    /// Succeeds every time, each build with files of its own made on request.
    final class NewIndexEachBuild: PreviewBuilder, @unchecked Sendable {
        var made: [OnDemandFiles] = []

        func build(changes: [ChangedPath]) async -> PreviewBuild {
            let onDemand = OnDemandFiles(paths: ["search/"]) { OnDemandFilesTests.index }
            made.append(onDemand)
            return PreviewBuild(files: Fixture.files, changed: changes.isEmpty ? [] : ["02-local.html"], pagesRendered: 1, errors: [], onDemand: onDemand)
        }
    }

    @Test func pagesThatFetchedTheLastSitesFilesAreToldTheyChanged() async throws {
        let builder = NewIndexEachBuild()
        let store = SnapshotStore()
        try await withSessionWithoutWatching(builder: builder, store: store) { session in
            await session.rebuild(changes: [])
            var events = store.subscribe(server: store.serverID, generation: 1).makeAsyncIterator()
            // Not made: nothing fetched them, so nothing more changed than the page.
            await session.rebuild(changes: [ChangedPath(.content, "02-local.md")])
            #expect(await events.next() == .event(ReloadEvent(server: store.serverID, generation: 2, changed: ["02-local.html"], errors: [], reloadAll: false)))
            // Made (a search): the next build's event lists them.
            _ = await builder.made[1].files()
            await session.rebuild(changes: [ChangedPath(.content, "02-local.md")])
            #expect(await events.next() == .event(ReloadEvent(server: store.serverID, generation: 3, changed: ["02-local.html", "search/index.js", "search/t/0.js"], errors: [], reloadAll: false)))
        }
    }
}

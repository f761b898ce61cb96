import Foundation
import TestFolders
import Testing
@testable import SiteCore

@Suite struct SerialFileWriterTests {
    /// Files written from many threads all arrive, and a file that cannot be
    /// written is reported with its path instead of being lost.
    @Test func writesEveryFileAndReportsTheOnesThatFail() throws {
        let folder = try TestFolders.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try OutputFolder.prepare(folder.appendingPathComponent("public"), displayName: "public", sources: [], protected: [])
        defer { output.discard() }
        // A small capacity makes the workers wait for each other.
        let writer = SerialFileWriter(output: output, capacity: 2)
        let names = (0..<200).map { "page\($0).html" }
        _ = parallelMap(names) { name in
            writer.write(name, "<p>\(name)</p>")
            return 0
        }
        writer.write("no-such-folder/page.html", "lost")
        let failures = writer.finish()

        #expect(failures.map(\.relative) == ["no-such-folder/page.html"])
        for name in names {
            let text = try String(contentsOf: output.staging.appendingPathComponent(name), encoding: .utf8)
            #expect(text == "<p>\(name)</p>")
        }
    }
}

import Foundation
import Testing
@testable import SiteKit

@Suite struct FileReaderTests {
    @Test(arguments: [0, 1, 4095, 65536, 200_001])
    func readsWholeFiles(size: Int) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let path = folder.appendingPathComponent("file").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(try FileReader.bytes(at: path) == bytes)
    }

    /// A file longer than its size said (here a /proc file, whose size reads as 0)
    /// is read to its end.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
    func readsPastTheSizeFstatGave() throws {
        let text = String(decoding: try FileReader.bytes(at: "/proc/self/status"), as: UTF8.self)
        #expect(text.hasPrefix("Name:"))
        #expect(text.contains("\nPid:"))
        #expect(text.hasSuffix("\n"))
    }

    @Test func aMissingFileIsAnError() {
        #expect(throws: FileReader.ReadError.self) { try FileReader.bytes(at: "/nonexistent/sitegen-test") }
    }
}

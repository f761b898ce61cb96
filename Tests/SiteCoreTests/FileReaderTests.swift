import Foundation
import TestFolders
import Testing
@testable import SiteCore

@Suite struct FileReaderTests {
    @Test(arguments: [0, 1, 4095, 65536, 200_001])
    func readsWholeFiles(size: Int) throws {
        let folder = try TestFolders.temporaryFolder()
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

    /// A pipe has no size at all: everything written to it is read, across
    /// several chunks.
    @Test func readsAPipeToItsEnd() throws {
        let folder = try TestFolders.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o600) == 0)
        let bytes = (0..<200_001).map { UInt8(truncatingIfNeeded: $0 &* 13) }
        let writer = Thread {
            let descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { return }
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
            close(descriptor)
        }
        writer.start()
        #expect(try FileReader.bytes(at: path) == bytes)
    }

    @Test func aMissingFileIsAnError() {
        #expect(throws: FileReader.ReadError.self) { try FileReader.bytes(at: "/nonexistent/sitegen-test") }
    }
}

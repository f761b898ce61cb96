import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with plain POSIX calls: one open, fstat, read and close
/// per file, into one buffer. Foundation's `Data(contentsOf:)` costs about
/// twice as much per file, which shows when a site has thousands of chapters.
enum FileReader {
    struct ReadError: Error, LocalizedError {
        var code: Int32
        var errorDescription: String? { String(cString: strerror(code)) }
    }

    #if canImport(Glibc)
    private static let systemRead = Glibc.read
    #else
    private static let systemRead = Darwin.read
    #endif

    static func bytes(at path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(code: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ReadError(code: errno) }
        // The size is a hint: the file may change while it is read.
        var buffer = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var count = 0
        while true {
            if count == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: max(buffer.count, 4096))) }
            let read = buffer.withUnsafeMutableBytes { raw in
                systemRead(descriptor, raw.baseAddress.map { $0 + count }, raw.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                throw ReadError(code: errno)
            }
            if read == 0 { break }
            count += read
        }
        buffer.removeLast(buffer.count - count)
        return buffer
    }
}

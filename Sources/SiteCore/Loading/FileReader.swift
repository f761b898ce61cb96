import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with plain POSIX calls: one open and fstat, reads up to
/// the end of the file (usually two: the bytes, then the end), one close, into
/// one buffer. Foundation's `Data(contentsOf:)` costs about
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
        // The size is a hint: the file may change while it is read. One byte
        // more than the size tells a file that grew from one that did not.
        let expected = max(Int(info.st_size), 0) + 1
        var failure: Int32 = 0
        // Whether the last read filled its buffer, so the file may go on.
        var filled = false
        // Read straight into the array's storage, without zero-filling it first.
        // (The storage may be larger than asked for; all of it is used.)
        var buffer = [UInt8](unsafeUninitializedCapacity: expected) { storage, count in
            count = 0
            guard let base = storage.baseAddress else { return }
            failure = readAll(descriptor, into: base, capacity: storage.count, count: &count)
            filled = count == storage.count
        }
        while failure == 0 && filled {
            // The file grew after fstat: read the rest in chunks.
            var chunk = [UInt8](repeating: 0, count: 65536)
            var count = 0
            failure = chunk.withUnsafeMutableBufferPointer { storage in
                guard let base = storage.baseAddress else { return 0 }
                return readAll(descriptor, into: base, capacity: storage.count, count: &count)
            }
            buffer += chunk[..<count]
            filled = count == chunk.count
        }
        if failure != 0 { throw ReadError(code: failure) }
        return buffer
    }

    /// Reads until `capacity` bytes or the end of the file; returns errno, or 0.
    private static func readAll(_ descriptor: Int32, into base: UnsafeMutablePointer<UInt8>, capacity: Int, count: inout Int) -> Int32 {
        while count < capacity {
            let read = systemRead(descriptor, base + count, capacity - count)
            if read < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if read == 0 { break }
            count += read
        }
        return 0
    }
}

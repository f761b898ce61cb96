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
public enum FileReader {
    struct ReadError: Error, LocalizedError {
        var code: Int32
        var errorDescription: String? { String(cString: strerror(code)) }
    }

    #if canImport(Glibc)
    private static let systemRead = Glibc.read
    #else
    private static let systemRead = Darwin.read
    #endif

    /// A file of the project, read only where it really lies inside the project.
    public struct Confinement: Sendable {
        var boundary: ProjectBoundary
        /// The walk reached the file through a symbolic link, so opening it
        /// follows links. Otherwise it is opened with `O_NOFOLLOW`: a file that
        /// became a link after the walk is refused, not followed.
        var throughLink: Bool
    }

    /// A project file that is, or became, a symbolic link leading where the
    /// build may not read. Input to fix, not a system failure.
    public struct LinkError: Error, LocalizedError {
        var target: String
        /// The link leads out of the project (else: it appeared after the walk).
        var leavesProject: Bool

        public var errorDescription: String? {
            leavesProject
                ? "symbolic link leaves the project (→ \(target)); remove it, or set 'follow_external_links: true' in site.yml"
                : "became a symbolic link (→ \(target)) after sitegen listed the folder; build again"
        }
    }

    static func bytes(at path: String) throws -> [UInt8] {
        try bytes(at: path, confinement: nil)
    }

    /// The file's bytes; with a confinement, only when the file opened lies
    /// inside the project, judged on the open descriptor, so a link swapped in
    /// between a check and the read cannot lead elsewhere.
    static func bytes(at path: String, confinement: Confinement?) throws -> [UInt8] {
        let descriptor = try openFile(path, confinement: confinement)
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

    /// Opens for reading; with a confinement, refuses a link the walk did not
    /// see, anything but a regular file, and a file whose real path is outside.
    static func openFile(_ path: String, confinement: Confinement?) throws -> Int32 {
        guard let confinement, !confinement.boundary.followsExternalLinks else {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw ReadError(code: errno) }
            return descriptor
        }
        // O_NONBLOCK: a FIFO put where a file was must not block the build.
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (confinement.throughLink ? 0 : O_NOFOLLOW)
        let descriptor = open(path, flags)
        guard descriptor >= 0 else {
            let code = errno
            if code == ELOOP && !confinement.throughLink {
                let target = ProjectBoundary.realPath(path) ?? path
                throw LinkError(target: target, leavesProject: !confinement.boundary.contains(realPath: target))
            }
            throw ReadError(code: code)
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw ReadError(code: EINVAL)
        }
        guard let real = realPath(of: descriptor, opened: path, info: info) else {
            close(descriptor)
            throw ReadError(code: ENOENT)
        }
        guard confinement.boundary.contains(realPath: real) else {
            close(descriptor)
            throw LinkError(target: real, leavesProject: true)
        }
        return descriptor
    }

    /// Where the open file lies: from the descriptor where the system says
    /// (`/proc/self/fd`, `F_GETPATH`), else the path resolved now, accepted only
    /// when it names the very file that was opened (same device and inode).
    private static func realPath(of descriptor: Int32, opened path: String, info: stat) -> String? {
        if let real = ProjectBoundary.realPath(of: descriptor) { return real }
        guard let real = ProjectBoundary.realPath(path) else { return nil }
        var now = stat()
        guard stat(real, &now) == 0, now.st_dev == info.st_dev, now.st_ino == info.st_ino else { return nil }
        return real
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

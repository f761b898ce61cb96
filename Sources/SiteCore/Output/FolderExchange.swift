#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exchanges two paths in one step, so that a reader never finds either of
/// them missing: `renameat2(RENAME_EXCHANGE)` on Linux, `renamex_np(RENAME_SWAP)`
/// on macOS. Two renames (the old way) leave the output folder missing between
/// them, and a server reading it then returns 404.
enum FolderExchange {
    struct ExchangeError: Error, CustomStringConvertible {
        var code: Int32
        var description: String { String(cString: strerror(code)) }
    }

    /// Exchanges `first` and `second`, both of which must exist. Returns false,
    /// changing nothing, when the file system or kernel cannot exchange (the
    /// caller then falls back to two renames); throws on any other failure.
    static func exchange(_ first: String, _ second: String) throws(ExchangeError) -> Bool {
        let result = systemExchange(first, second)
        if result == 0 { return true }
        let code = errno
        if refusals.contains(code) { return false }
        throw ExchangeError(code: code)
    }

    #if os(macOS)
    /// What a file system that cannot swap answers.
    static let refusals: Set<Int32> = [EINVAL, ENOSYS, ENOTSUP]

    private static func systemExchange(_ first: String, _ second: String) -> Int32 {
        renamex_np(first, second, UInt32(RENAME_SWAP))
    }
    #elseif os(Linux)
    /// EINVAL: the file system does not support RENAME_EXCHANGE; ENOSYS: the
    /// kernel predates renameat2 (3.15).
    static let refusals: Set<Int32> = [EINVAL, ENOSYS]

    /// `RENAME_EXCHANGE` from <linux/fs.h>.
    private static let renameExchange: UInt32 = 1 << 1

    private typealias Renameat2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// `syscall(2)` called with renameat2's arguments. It is variadic, so Swift
    /// does not import it; its integer and pointer arguments pass in the same
    /// registers as a fixed prototype's.
    private typealias Syscall = @convention(c) (Int, Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int

    /// glibc's wrapper (2.28 and later), which Swift's Glibc module does not
    /// declare, looked up at run time; without it, the system call itself.
    private static let renameat2: Renameat2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Renameat2.self)
    }()

    private static let syscall: Syscall? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syscall") else { return nil }
        return unsafeBitCast(symbol, to: Syscall.self)
    }()

    /// renameat2's system call number, where sitegen knows it.
    private static var renameat2Number: Int? {
        #if arch(x86_64)
        return 316
        #elseif arch(arm64)
        return 276
        #else
        return nil
        #endif
    }

    private static func systemExchange(_ first: String, _ second: String) -> Int32 {
        if let renameat2 {
            return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange)
        }
        guard let syscall, let number = renameat2Number else {
            errno = ENOSYS
            return -1
        }
        return Int32(truncatingIfNeeded: syscall(number, AT_FDCWD, first, AT_FDCWD, second, renameExchange))
    }
    #else
    static let refusals: Set<Int32> = [ENOSYS]

    private static func systemExchange(_ first: String, _ second: String) -> Int32 {
        errno = ENOSYS
        return -1
    }
    #endif
}

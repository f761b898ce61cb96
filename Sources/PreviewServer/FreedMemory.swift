#if canImport(Glibc)
import Glibc
#endif

/// Hands the memory a rebuild freed (the previous site, the pages rendered
/// again) back to the system. glibc keeps freed memory for reuse, and after
/// rebuilds of every page it is spread so that the next such rebuild takes
/// new memory beside it: without this, a session's peak grew by about 10 MiB
/// with every template edit on a 10,000-chapter site (Benchmarks/serve).
enum FreedMemory {
    #if canImport(Glibc)
    /// glibc's `malloc_trim`, which Swift's Glibc module does not import (malloc.h).
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()
    #endif

    static func release() {
        #if canImport(Glibc)
        _ = trim?(0)
        #endif
    }
}

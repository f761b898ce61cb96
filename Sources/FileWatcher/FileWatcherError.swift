#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why watching could not start.
public enum FileWatcherError: Error, CustomStringConvertible {
    /// A watched folder could not be watched (missing, unreadable, or the
    /// kernel's limit on watches reached).
    case cannotWatch(path: String, errno: Int32)
    /// A system call the watcher needs failed.
    case system(String, Int32)

    public var description: String {
        switch self {
        case .cannotWatch(let path, let code):
            let hint = code == ENOSPC ? " (the limit fs.inotify.max_user_watches is reached; raise it, or use --poll)" : ""
            return "cannot watch '\(path)': \(String(cString: strerror(code)))\(hint)"
        case .system(let call, let code):
            return "\(call) failed: \(String(cString: strerror(code)))"
        }
    }
}

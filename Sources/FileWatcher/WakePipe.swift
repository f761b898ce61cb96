#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pipe that wakes a watcher thread blocked in `poll`, so `stop()` ends it
/// at once instead of at its next timeout.
final class WakePipe: @unchecked Sendable {
    let readEnd: Int32
    private let writeEnd: Int32

    init() throws(FileWatcherError) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw .system("pipe", errno) }
        readEnd = ends[0]
        writeEnd = ends[1]
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
    }

    func wake() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }
}

/// Waits until `descriptor` (if any) is readable, the pipe is woken, or
/// `timeout` passes; true when the pipe was woken.
func waitForEvents(_ descriptor: Int32?, wake: WakePipe, timeout: Duration?) -> (readable: Bool, woken: Bool) {
    var fds = [pollfd(fd: wake.readEnd, events: Int16(POLLIN), revents: 0)]
    if let descriptor { fds.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)) }
    let milliseconds: Int32
    if let timeout {
        let (seconds, attoseconds) = timeout.components
        // Round up, so a deadline 0.4 ms away does not turn into a busy loop of zero timeouts.
        milliseconds = Int32(clamping: max(0, seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000))
    } else {
        milliseconds = -1
    }
    let result = poll(&fds, nfds_t(fds.count), milliseconds)
    guard result > 0 else { return (false, false) }
    let woken = fds[0].revents & Int16(POLLIN) != 0
    let readable = fds.count > 1 && fds[1].revents != 0
    return (readable, woken)
}

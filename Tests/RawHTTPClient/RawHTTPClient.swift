import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal HTTP/1.1 client over a plain socket, for the preview server's
/// tests: it sends the request target byte for byte (URLSession would
/// normalize `..` and percent escapes away before the server saw them) and
/// reads event streams as they arrive. Blocking socket calls run on their
/// own threads, never on the concurrency pool the server also uses.
public enum RawHTTPClient {
    public struct Response: Sendable {
        public var status: Int
        public var headers: [(name: String, value: String)]
        public var body: [UInt8]

        public func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Sends `method target` with `headers` (and `Connection: close`), and reads the whole response.
    public static func request(port: Int, _ target: String, method: String = "GET", headers: [String: String] = [:], timeout: Duration = .seconds(30)) async throws -> Response {
        var text = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        text += "\r\n"
        return try await raw(port: port, Array(text.utf8), timeout: timeout)
    }

    /// Sends `bytes` as they are and parses the response the server sends before closing.
    public static func raw(port: Int, _ bytes: [UInt8], timeout: Duration = .seconds(30)) async throws -> Response {
        let received = try await onThread {
            let socket = try connect(port: port, timeout: timeout)
            defer { close(socket) }
            try sendAll(socket, bytes)
            var data: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = recv(socket, &buffer, buffer.count, 0)
                if count == 0 { break }
                guard count > 0 else { throw Failure(description: "recv: \(String(cString: strerror(errno)))") }
                data += buffer[0..<count]
            }
            return data
        }
        return try parse(received)
    }

    static func parse(_ data: [UInt8]) throws -> Response {
        let separator = Array("\r\n\r\n".utf8)
        guard let end = data.indices.first(where: { data[$0...].starts(with: separator) }) else {
            throw Failure(description: "no complete response head in \(data.count) bytes")
        }
        let lines = String(decoding: data[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line: \(lines[0])") }
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return Response(status: status, headers: headers, body: Array(data[(end + separator.count)...]))
    }

    static func connect(port: Int, timeout: Duration) throws -> Int32 {
        #if canImport(Glibc)
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var time = timeval(tv_sec: Int(timeout.components.seconds), tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                #if canImport(Glibc)
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #else
                Darwin.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #endif
            }
        }
        guard result == 0 else {
            let message = String(cString: strerror(errno))
            close(socket)
            throw Failure(description: "connect to port \(port): \(message)")
        }
        return socket
    }

    static func sendAll(_ socket: Int32, _ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
            guard sent > 0 else { throw Failure(description: "send: \(String(cString: strerror(errno)))") }
            offset += sent
        }
    }

    /// Runs blocking work on a new thread and awaits its result.
    static func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                do { continuation.resume(returning: try work()) } catch { continuation.resume(throwing: error) }
            }
            thread.start()
        }
    }
}

/// A server-sent event stream read on its own thread; tests wait for the events they expect.
public final class EventStreamClient: @unchecked Sendable {
    /// The events' `data` fields, in order of arrival.
    public var events: [String] { lock.lock(); defer { lock.unlock() }; return received }
    /// The response head, once it arrived.
    public var head: String? { lock.lock(); defer { lock.unlock() }; return responseHead }
    /// True once the server closed the stream.
    public var isClosed: Bool { lock.lock(); defer { lock.unlock() }; return closed }

    private let lock = NSLock()
    private var received: [String] = []
    private var responseHead: String?
    private var closed = false
    private let socket: Int32

    /// Connects and starts reading; `target` is the events path with its query.
    public init(port: Int, target: String, headers: [String: String] = [:]) throws {
        socket = try RawHTTPClient.connect(port: port, timeout: .seconds(60))
        var text = "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        try RawHTTPClient.sendAll(socket, Array((text + "\r\n").utf8))
        let thread = Thread { [self] in read() }
        thread.start()
    }

    /// Closes the connection (the server sees the client go away).
    public func disconnect() {
        shutdown(socket, Int32(SHUT_RDWR))
    }

    deinit { close(socket) }

    private func read() {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        var body = ChunkedBody()
        var text = ""
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            bytes += buffer[0..<count]
            if head == nil {
                let separator = Array("\r\n\r\n".utf8)
                guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: separator) }) else { continue }
                lock.lock(); responseHead = String(decoding: bytes[..<end], as: UTF8.self); lock.unlock()
                bytes.removeFirst(end + separator.count)
            }
            text += String(decoding: body.decode(&bytes), as: UTF8.self)
            while let end = text.range(of: "\n\n") {
                let block = String(text[..<end.lowerBound])
                text = String(text[end.upperBound...])
                let data = block.split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { $0.hasPrefix("data: ") }.map { String($0.dropFirst(6)) }
                if !data.isEmpty {
                    lock.lock(); received.append(data.joined(separator: "\n")); lock.unlock()
                }
            }
        }
        lock.lock(); closed = true; lock.unlock()
    }

    /// Decodes HTTP/1.1 chunked transfer coding as bytes arrive.
    struct ChunkedBody {
        /// Bytes left in the current chunk's data, then its CRLF.
        private var remaining = 0

        /// Consumes what it can of `bytes` and returns the body bytes decoded.
        mutating func decode(_ bytes: inout [UInt8]) -> [UInt8] {
            var output: [UInt8] = []
            while true {
                if remaining > 0 {
                    let take = min(remaining, bytes.count)
                    output += bytes[0..<take]
                    bytes.removeFirst(take)
                    remaining -= take
                    if remaining > 0 { return output }
                    // The CRLF after the data.
                    guard bytes.count >= 2 else { remaining = 0; pendingCRLF = true; return output }
                    bytes.removeFirst(2)
                }
                if pendingCRLF {
                    guard bytes.count >= 2 else { return output }
                    bytes.removeFirst(2)
                    pendingCRLF = false
                }
                guard let lineEnd = bytes.indices.first(where: { bytes[$0...].starts(with: [13, 10]) }) else { return output }
                let sizeText = String(decoding: bytes[..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
                bytes.removeFirst(lineEnd + 2)
                guard let size = Int(sizeText, radix: 16), size > 0 else { return output }
                remaining = size
            }
        }

        private var pendingCRLF = false
    }

    /// Waits until `condition` holds for the events so far, or `timeout` passes.
    public func wait(timeout: Duration = .seconds(20), until condition: ([String]) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition(events) { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return condition(events)
    }
}

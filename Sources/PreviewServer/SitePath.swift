import Foundation

/// Turns a request target into a path inside the site, or refuses it.
///
/// The site lives in a dictionary, so no path can reach a file outside it;
/// these rules still refuse every request that tries (or that a file
/// server on disk would have to guard against), so nothing ambiguous is
/// ever looked up: `..` and `.` segments, in any encoding; encoded slashes
/// and backslashes (`%2f`, `%5c`), which would let one segment act as two;
/// raw backslashes; NUL and other control characters; invalid percent
/// escapes and invalid UTF-8; empty segments (`a//b`); overlong targets.
enum SitePath {
    enum Resolution: Equatable {
        /// A path relative to the site root, decoded; `folder` when the target
        /// ended with a slash (or was the root), so the folder's index.html is meant.
        case path(String, folder: Bool)
        case refused(String)
    }

    static let maximumTargetLength = 2048
    static let maximumSegmentLength = 255
    static let maximumSegments = 64

    /// `target` is the request target as received: path, optionally `?query`.
    static func resolve(_ target: String) -> Resolution {
        let raw = Array(target.utf8.prefix { $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") })
        guard target.utf8.count <= maximumTargetLength else { return .refused("the request target is longer than \(maximumTargetLength) bytes") }
        guard raw.first == UInt8(ascii: "/") else { return .refused("the path does not start with /") }

        var segments: [String] = []
        var current: [UInt8] = []
        var index = 1
        func endSegment() -> String? {
            defer { current.removeAll() }
            return String(bytes: current, encoding: .utf8)
        }
        while index < raw.count {
            var byte = raw[index]
            if byte == UInt8(ascii: "/") {
                guard let segment = endSegment() else { return .refused("the path is not valid UTF-8") }
                segments.append(segment)
                index += 1
                continue
            }
            if byte == UInt8(ascii: "\\") { return .refused("the path holds a backslash") }
            if byte == UInt8(ascii: "%") {
                guard index + 2 < raw.count, let high = hexValue(raw[index + 1]), let low = hexValue(raw[index + 2]) else {
                    return .refused("the path holds an invalid percent escape")
                }
                byte = high << 4 | low
                if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") { return .refused("the path holds an encoded slash or backslash") }
                index += 2
            }
            if byte < 0x20 || byte == 0x7F { return .refused("the path holds a control character") }
            current.append(byte)
            index += 1
        }
        let folder = current.isEmpty
        guard let last = endSegment() else { return .refused("the path is not valid UTF-8") }
        if !folder { segments.append(last) }

        guard segments.count <= maximumSegments else { return .refused("the path has more than \(maximumSegments) segments") }
        for segment in segments {
            if segment.isEmpty { return .refused("the path has an empty segment") }
            if segment == "." || segment == ".." { return .refused("the path has a '.' or '..' segment") }
            if segment.utf8.count > maximumSegmentLength { return .refused("a path segment is longer than \(maximumSegmentLength) bytes") }
        }
        return .path(segments.joined(separator: "/"), folder: folder)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

import Foundation
import Markdown

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `\{{` writes a literal `{{`. cmark turns `\{` into `{` and forgets the
/// backslash, so before parsing, each escaping backslash is swapped for a
/// marker character of the same byte length (U+001A), which the placeholder
/// scanner reads as "literal". Code and raw HTML get their backslash back.
enum EscapeMarker {
    static let marker: Unicode.Scalar = "\u{1A}"
    static let markerByte: UInt8 = 0x1A

    /// The source with every escaping backslash before `{{` replaced by the marker.
    /// A backslash escapes when an odd number of backslashes stand before `{{`.
    static func mark(_ source: String) -> String {
        // Fast path: most chapters have no backslash before `{{` at all.
        var source = source
        let hasEscape = source.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var index = 0
            while index + 2 < bytes.count {
                guard let found = memchr(base + index, Int32(UInt8(ascii: "\\")), bytes.count - index) else { return false }
                let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if position + 2 < bytes.count, bytes[position + 1] == UInt8(ascii: "{"), bytes[position + 2] == UInt8(ascii: "{") { return true }
                index = position + 1
            }
            return false
        }
        guard hasEscape else { return source }
        var output = [UInt8](source.utf8)
        var index = 0
        while index + 2 < output.count {
            if output[index] == UInt8(ascii: "\\"), output[index + 1] == UInt8(ascii: "{"), output[index + 2] == UInt8(ascii: "{") {
                var run = 0, back = index
                while back >= 0 && output[back] == UInt8(ascii: "\\") { run += 1; back -= 1 }
                if run % 2 == 1 { output[index] = markerByte }
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `source` (after `mark`) holds a marker to put back.
    static func hasMarkers(_ source: String) -> Bool {
        var source = source
        return source.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(markerByte), bytes.count) != nil
        }
    }

    /// Gives code and raw HTML their backslash back, and drops the marker
    /// from link destinations and titles (where `\{` meant `{`).
    /// `nodes`: the document's code, code block, HTML, link and image nodes.
    static func restore(in nodes: [Node]) {
        let markerString = String(Character(marker))
        for node in nodes {
            switch node.type {
            case .code, .codeBlock, .htmlBlock, .htmlInline:
                if let literal = node.literal, literal.contains(markerString) {
                    node.literal = literal.replacingOccurrences(of: markerString, with: "\\")
                }
            case .link, .image:
                if let url = node.url, url.contains(markerString) {
                    node.url = url.replacingOccurrences(of: markerString, with: "")
                }
                if let title = node.title, title.contains(markerString) {
                    node.title = title.replacingOccurrences(of: markerString, with: "")
                }
            default:
                break
            }
        }
    }
}

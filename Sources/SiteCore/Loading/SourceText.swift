import Foundation

/// Reading input files as UTF-8 text, reporting where invalid bytes are.
enum SourceText {
    /// The file's text, or a diagnostic at the first invalid byte.
    static func read(path: String, displayPath: String) -> Result<String, Diagnostic> {
        read(path: path, displayPath: displayPath, confinement: nil)
    }

    /// With a confinement, a file that lies outside the project is reported as
    /// the link that leads there (see `FileReader.bytes(at:confinement:)`).
    static func read(path: String, displayPath: String, confinement: FileReader.Confinement?) -> Result<String, Diagnostic> {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.bytes(at: path, confinement: confinement)
        } catch let error as FileReader.LinkError {
            return .failure(Diagnostic(path: displayPath, message: error.localizedDescription))
        } catch {
            return .failure(Diagnostic(path: displayPath, message: "cannot read file: \(error.localizedDescription)"))
        }
        return decode(bytes, displayPath: displayPath)
    }

    static func decode<Bytes: Collection>(_ data: Bytes, displayPath: String) -> Result<String, Diagnostic> where Bytes.Element == UInt8 {
        if let text = String(validating: data, as: UTF8.self) {
            return .success(text)
        }
        // Find the first invalid sequence to point at it.
        var line = 1, column = 1, offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let length = validSequenceLength(bytes, at: offset)
            if length == 0 { break }
            if bytes[offset] == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                // Columns count characters, as everywhere else.
                column += 1
            }
            offset += length
        }
        let byte = offset < bytes.count ? String(format: "0x%02X", bytes[offset]) : "end of file"
        return .failure(Diagnostic(path: displayPath, line: line, column: column, message: "invalid UTF-8 (byte \(byte)); save the file as UTF-8"))
    }

    /// Length of the valid UTF-8 sequence at `offset`, or 0 when it is invalid.
    private static func validSequenceLength(_ bytes: [UInt8], at offset: Int) -> Int {
        let first = bytes[offset]
        let length: Int
        switch first {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard offset + length <= bytes.count else { return 0 }
        let slice = Array(bytes[offset..<offset + length])
        return String(validating: slice, as: UTF8.self) == nil ? 0 : length
    }
}

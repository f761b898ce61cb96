import ConfigTree
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output paths the file system can hold, checked before anything is written,
/// so a name that is too long (or two names that one case-insensitive file
/// system would merge) is reported at the content that gives it, exit status
/// 1, instead of as a failure to write the output (exit status 2).
enum OutputNames {
    /// The longest name of one folder entry, in bytes: 255 on ext4, XFS,
    /// btrfs, APFS and NTFS.
    static let maxNameBytes = 255
    /// The longest path the system accepts, in bytes, with its ending NUL.
    static let maxPathBytes = Int(PATH_MAX)

    /// One file a build will write, and where it comes from, for the message.
    struct Planned {
        /// Relative to the output folder.
        var relative: String
        /// The content that gives the name: a static file, or a chapter.
        var path: String
        var location: SourceLocation
        /// What to shorten, for the message.
        var what: String
    }

    /// The longest path of a file a build writes under `output`: the staging
    /// folder `.NAME.sitegen-PID` or the kept `.NAME.sitegen-previous` beside
    /// it (the output's own path is shorter).
    static func longestFolderPath(for output: URL) -> String {
        let resolved = OutputFolder.resolve(output)
        return OutputFolder.previousFolder(of: resolved).path + "/"
    }

    /// The longest figure file each chapter could write (`diagrams/SLUG-9999-filters.svg`).
    static func figureFiles(of chapters: [PageSource]) -> [Planned] {
        chapters.map { chapter in
            Planned(relative: "\(GeneratedFiles.diagramsPrefix)\(chapter.slug)-9999-filters.svg", path: chapter.path,
                    location: chapter.slugLocation ?? .start, what: chapter.slugLocation == nil ? "the file name (or set 'slug:')" : "the slug")
        }
    }

    /// Problems with the names of `planned` under `output`.
    static func problems(_ planned: [Planned], output: URL) -> [Diagnostic] {
        let folder = longestFolderPath(for: output)
        var diagnostics: [Diagnostic] = []
        /// One message per place: a slug gives a page and its figures.
        var reported = Set<String>()
        for file in planned where !reported.contains("\(file.path):\(file.location.line):\(file.location.column)") {
            let count = diagnostics.count
            defer { if diagnostics.count > count { reported.insert("\(file.path):\(file.location.line):\(file.location.column)") } }
            if let name = file.relative.split(separator: "/").first(where: { $0.utf8.count > maxNameBytes }) {
                diagnostics.append(Diagnostic(path: file.path, location: file.location, message:
                    "the output name '\(name.prefix(40))…' would be \(name.utf8.count) bytes, over the file system's \(maxNameBytes); shorten \(file.what)"))
                continue
            }
            let length = folder.utf8.count + file.relative.utf8.count + 1
            if length > maxPathBytes {
                diagnostics.append(Diagnostic(path: file.path, location: file.location, message:
                    "the output path would be \(length) bytes, over the system's limit of \(maxPathBytes) (PATH_MAX); shorten \(file.what) or the output folder's path"))
            }
        }
        return diagnostics
    }

    /// Output paths that differ only in case (or Unicode normalization): on a
    /// case-insensitive file system (macOS, Windows) one would overwrite the
    /// other. The first of each group (in the order given) is kept; each other
    /// one is reported.
    static func caseCollisions(_ planned: [Planned]) -> [Diagnostic] {
        var first: [String: Planned] = [:]
        var diagnostics: [Diagnostic] = []
        for file in planned {
            let key = foldedKey(file.relative)
            if let earlier = first[key] {
                if earlier.relative != file.relative {
                    diagnostics.append(Diagnostic(path: file.path, location: file.location, message:
                        "the output file '\(file.relative)' differs from '\(earlier.relative)' (from \(earlier.path)) only in case; on a case-insensitive file system one would overwrite the other; rename one"))
                }
            } else {
                first[key] = file
            }
        }
        return diagnostics
    }

    /// What a case-insensitive, normalization-insensitive file system compares.
    static func foldedKey(_ path: String) -> String {
        path.utf8.allSatisfy { $0 < 0x80 } ? path.lowercased() : path.precomposedStringWithCanonicalMapping.lowercased()
    }
}

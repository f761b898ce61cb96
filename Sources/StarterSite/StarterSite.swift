import Foundation

/// The site `sitegen init` writes: a small `content/` and the default theme,
/// shipped inside the binary's resource bundle so that `init` works wherever
/// the binary runs, far from any checkout.
///
/// `templates/` here is a copy of the repository's `templates/`, the theme
/// `sitegen build` uses by default. SwiftPM copies a resource only from inside
/// its target's folder (and copies a symbolic link as a link, which would
/// dangle in the bundle), so the copy is committed and a test
/// (`StarterSiteTests`) fails the moment the two differ;
/// `SITEGEN_UPDATE_FIXTURES=1 swift test --filter StarterSiteTests` brings the
/// copy up to date.
public enum StarterSite {
    /// The bundled default theme.
    public static var templates: URL { resource("templates") }
    /// The bundled starter content: site.yml, params.yml, a home page, two chapters.
    public static var content: URL { resource("content") }

    /// The resource bundle SwiftPM builds beside the executable (`.resources`
    /// on Linux, `.bundle` on macOS).
    public static let bundleNames = ["sitegen_StarterSite.resources", "sitegen_StarterSite.bundle"]

    /// Whether the resource bundle lies beside the running executable, where an
    /// installed `sitegen` finds it. Checked before `Bundle.module` is touched,
    /// since SwiftPM's accessor stops the program when the bundle is missing.
    public static var bundleIsInstalled: Bool {
        let folder = Bundle.main.bundleURL
        return bundleNames.contains { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
    }

    private static func resource(_ name: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent(name, isDirectory: true)
    }

    /// What `init` writes beside `content/` and `templates/`: the build output
    /// and the kept previous build are never committed.
    static let gitignore = "/public/\n/.public.sitegen-*/\n"

    /// Writes the starter site into `folder`, which must be empty or absent
    /// (created with its parents). Returns the paths written, relative to `folder`.
    public static func write(into folder: URL) throws(StarterSiteError) -> [String] {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notAFolder(folder.path) }
            let entries: [String]
            do { entries = try files.contentsOfDirectory(atPath: folder.path) } catch { throw .unreadable(folder.path, error.localizedDescription) }
            guard entries.isEmpty else { throw .notEmpty(folder.path, entries.sorted()) }
        }
        do {
            try files.createDirectory(at: folder, withIntermediateDirectories: true)
            try files.copyItem(at: content, to: folder.appendingPathComponent("content"))
            try files.copyItem(at: templates, to: folder.appendingPathComponent("templates"))
            try Data(gitignore.utf8).write(to: folder.appendingPathComponent(".gitignore"))
        } catch {
            throw .writeFailed(folder.path, error.localizedDescription)
        }
        return [".gitignore", "content/", "templates/"]
    }
}

/// Why `sitegen init` wrote nothing (or, for `writeFailed`, not everything).
public enum StarterSiteError: Error, CustomStringConvertible {
    case notEmpty(String, [String])
    case notAFolder(String)
    case unreadable(String, String)
    case writeFailed(String, String)

    /// Whether the user asked for something init refuses (exit 1), rather
    /// than the system failing it (exit 2).
    public var isInputError: Bool {
        switch self {
        case .notEmpty, .notAFolder: return true
        case .unreadable, .writeFailed: return false
        }
    }

    public var description: String {
        switch self {
        case .notEmpty(let path, let entries):
            let shown = entries.prefix(3).joined(separator: ", ") + (entries.count > 3 ? ", …" : "")
            return "\(path): error: the folder is not empty (\(shown)); init writes a new site into an empty or new folder only, so nothing was written"
        case .notAFolder(let path):
            return "\(path): error: a file is in the way; init writes a new site into an empty or new folder"
        case .unreadable(let path, let reason):
            return "\(path): error: could not read the folder: \(reason)"
        case .writeFailed(let path, let reason):
            return "\(path): error: could not write the new site: \(reason)"
        }
    }
}

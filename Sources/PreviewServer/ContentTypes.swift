/// The Content-Type of a site file, from its extension. Text kinds say
/// charset=utf-8 (sitegen writes UTF-8 only); binary kinds have no charset.
enum ContentTypes {
    static func forPath(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "application/octet-stream" }
        let ext = name[name.index(after: dot)...].lowercased()
        if let text = textTypes[ext] { return text + "; charset=utf-8" }
        return binaryTypes[ext] ?? "application/octet-stream"
    }

    static func isHTML(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm")
    }

    private static let textTypes: [String: String] = [
        "html": "text/html", "htm": "text/html",
        "css": "text/css",
        "js": "text/javascript", "mjs": "text/javascript",
        "json": "application/json", "map": "application/json",
        "webmanifest": "application/manifest+json",
        "svg": "image/svg+xml",
        "xml": "application/xml",
        "yml": "application/yaml", "yaml": "application/yaml",
        "md": "text/markdown",
        "txt": "text/plain",
        "csv": "text/csv",
    ]

    private static let binaryTypes: [String: String] = [
        "png": "image/png",
        "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
        "woff2": "font/woff2", "woff": "font/woff", "ttf": "font/ttf", "otf": "font/otf",
        "pdf": "application/pdf",
        "wasm": "application/wasm",
        "zip": "application/zip",
        "mp4": "video/mp4", "webm": "video/webm",
        "mp3": "audio/mpeg", "ogg": "audio/ogg",
    ]
}

import Foundation

/// Writes a build into a staging folder beside the output folder and swaps
/// it in on commit (`OutputFolder`). A rebuild reuses the previous build's
/// folder: files are overwritten in place and only stale ones deleted.
public final class DiskSink: OutputSink, @unchecked Sendable {
    private let options: BuildOptions
    private var output: OutputFolder?
    private var writer: SerialFileWriter?
    /// Failures of copies and folder creation, made on the build's thread.
    private var failures: [OutputFailure] = []
    private var generatedFolders: [String] = []
    /// Subfolders of generated folders made so far (`search/t`), guarded by `folderLock`.
    private var madeSubfolders: Set<String> = []
    private let folderLock = NSLock()

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Checks the output folder may be written (never the project or its
    /// sources) and prepares the staging folder, then clears what a reused
    /// one holds where this build writes something else.
    public func begin(planned: Set<String>, generatedFolders: [String]) throws(BuildFailure) {
        let projectRoot = options.contentURL.standardizedFileURL.deletingLastPathComponent()
        let output = try OutputFolder.prepare(
            options.outputURL, displayName: options.output,
            sources: [options.contentURL, options.templatesURL],
            protected: [projectRoot, URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        )
        self.output = output
        self.writer = SerialFileWriter(output: output)
        self.generatedFolders = generatedFolders
        // A new staging folder holds nothing stale, and the path sets are not needed.
        if output.isReused {
            do {
                try output.removeStale(keeping: planned, keepingPrefixes: generatedFolders.map { $0 + "/" })
            } catch {
                failures.append(.cannotWrite("", error))
            }
        }
        for folder in generatedFolders {
            do { try output.createFolder(folder) } catch { failures.append(.cannotWrite(folder, error)) }
        }
    }

    public func write(_ path: String, _ contents: String) {
        makeSubfolder(of: path)
        writer?.write(path, contents)
    }

    /// A generated folder may have subfolders (the search index's `search/t/`):
    /// each is made before its first file. Other files' folders exist already.
    private func makeSubfolder(of path: String) {
        guard let output, let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        guard folder.contains("/"), generatedFolders.contains(where: { folder.hasPrefix($0 + "/") }) else { return }
        folderLock.lock()
        defer { folderLock.unlock() }
        guard madeSubfolders.insert(folder).inserted else { return }
        do { try output.createFolder(folder) } catch { failures.append(.cannotWrite(folder, error)) }
    }

    public func copy(_ source: URL, to path: String, confinement: FileReader.Confinement) -> FileReader.LinkError? {
        guard let output else { return nil }
        do {
            try output.copy(source, to: path, confinement: confinement)
        } catch let error as FileReader.LinkError {
            return error
        } catch {
            failures.append(.cannotWrite(path, error))
        }
        return nil
    }

    public func finish(written: Set<String>) -> [OutputFailure] {
        guard let output, let writer else { return failures }
        var all = failures
        for failure in writer.finish() {
            all.append(.cannotWrite(failure.relative, failure.error))
        }
        // Everything else stale went before the pages rendered: only the generated folders are left to check.
        if all.isEmpty, output.isReused {
            for folder in generatedFolders {
                let prefix = folder + "/"
                do {
                    try output.removeStale(keeping: written.filter { $0.hasPrefix(prefix) }, in: prefix)
                } catch {
                    all.append(OutputFailure(path: "", message: "cannot remove stale files from the staging folder: \(error.localizedDescription)"))
                }
            }
        }
        return all
    }

    public func commit() throws(BuildFailure) {
        guard let output else { return }
        do {
            try output.commit()
        } catch {
            throw BuildFailure([Diagnostic(path: options.output, message: "cannot replace the output folder: \(error.localizedDescription)")], isSystemFailure: true)
        }
    }

    public func discard() {
        output?.discard()
    }
}

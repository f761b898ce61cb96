import Foundation

/// Where a build's files go. The build hands every file to a sink and
/// commits at the end; a sink decides what writing and committing mean: a
/// staging folder swapped in on disk (`DiskSink`), or a dictionary in memory
/// (`MemorySink`, for tests and the preview server).
public protocol OutputSink: AnyObject, Sendable {
    /// Called once, after the plan and before any file: the files this build
    /// writes whose names are known (`planned`), and the folders whose files
    /// are only known as pages render (`generatedFolders`, such as `diagrams`).
    func begin(planned: Set<String>, generatedFolders: [String]) throws(BuildFailure)

    /// Writes a file (relative path). Called from the rendering workers, in
    /// any order; a failure is reported by `finish`.
    func write(_ path: String, _ contents: String)

    /// Copies a file of the content or templates folder to `path`, opened
    /// within `confinement` (a link out of the project is refused). A refused
    /// link is returned (it is the input's fault); other failures are the
    /// sink's, reported by `finish`.
    func copy(_ source: URL, to path: String, confinement: FileReader.Confinement) -> FileReader.LinkError?

    /// Called after the last write: completes the writes and returns their
    /// failures. `written` is every path of this build, so what a previous
    /// build left in a generated folder can be removed.
    func finish(written: Set<String>) -> [OutputFailure]

    /// Makes the new site the current one, in one step.
    func commit() throws(BuildFailure)

    /// Gives up everything written; the current site stays as it was.
    func discard()
}

/// A file the sink could not write: a failure of the system, not of the input.
public struct OutputFailure: Sendable {
    /// Relative to the output folder; empty for the folder itself.
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// A write or copy that failed.
    static func cannotWrite(_ path: String, _ error: any Error) -> OutputFailure {
        OutputFailure(path: path, message: "cannot write: \(error.localizedDescription)")
    }
}

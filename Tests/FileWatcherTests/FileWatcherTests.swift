import Foundation
import Testing
import TestFolders
@testable import FileWatcher

/// Real files in temporary folders, watched by the real backends. Tests wait
/// for batches with generous timeouts and assert nothing about speed.
@Suite struct FileWatcherTests {
    /// A temporary project with content/ (one chapter, one image folder) and templates/.
    struct Project {
        let folder: URL
        var content: URL { folder.appendingPathComponent("content") }
        var templates: URL { folder.appendingPathComponent("templates") }

        init() throws {
            folder = try TestFolders.temporaryFolder()
            try FileManager.default.createDirectory(at: content.appendingPathComponent("images"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: templates.appendingPathComponent("assets"), withIntermediateDirectories: true)
            try write("content/01-a.md", "# A\n")
            try write("content/images/x.svg", "<svg/>")
            try write("templates/base.mustache", "{{$main}}{{/main}}")
            try write("templates/assets/style.css", "body{}")
        }

        func url(_ relative: String) -> URL { folder.appendingPathComponent(relative) }

        func write(_ relative: String, _ text: String) throws {
            try Data(text.utf8).write(to: url(relative))
        }

        func watch(_ method: FileWatcher.Method = .native) throws -> (FileWatcher, BatchRecorder) {
            let watcher = try FileWatcher(folders: [WatchedFolder(.content, path: content.path), WatchedFolder(.templates, path: templates.path)], method: method)
            return (watcher, BatchRecorder(watcher))
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    static let methods: [FileWatcher.Method] = [.native, .polling(interval: .milliseconds(20))]

    @Test(arguments: methods)
    func aWrittenFileIsReportedUnderItsRoot(_ method: FileWatcher.Method) async throws {
        let project = try Project()
        defer { project.remove() }
        let (watcher, recorder) = try project.watch(method)
        defer { watcher.stop() }
        try project.write("content/01-a.md", "# A changed, and longer\n")
        try project.write("templates/assets/style.css", "body{color:red}")
        #expect(await recorder.waitForPaths([ChangedPath(.content, "01-a.md"), ChangedPath(.templates, "assets/style.css")]))
        #expect(recorder.allPaths == [ChangedPath(.content, "01-a.md"), ChangedPath(.templates, "assets/style.css")])
    }

    /// Most editors write a temporary file and rename it over the original: one batch, the original's name only.
    @Test(arguments: methods)
    func anAtomicSaveIsOneChangeOfTheSavedFile(_ method: FileWatcher.Method) async throws {
        let project = try Project()
        defer { project.remove() }
        let (watcher, recorder) = try project.watch(method)
        defer { watcher.stop() }
        try project.write("content/.01-a.md.tmp-1234", "# A, saved atomically\n")
        #expect(rename(project.url("content/.01-a.md.tmp-1234").path, project.url("content/01-a.md").path) == 0)
        #expect(await recorder.waitForPaths([ChangedPath(.content, "01-a.md")]))
        #expect(recorder.batches == [[ChangedPath(.content, "01-a.md")]])
    }

    /// Vim's save with `backupcopy=no`: probe with 4913, move the file to name~, write it anew, delete name~.
    @Test func vimsSaveReportsOnlyTheSavedFile() async throws {
        let project = try Project()
        defer { project.remove() }
        let (watcher, recorder) = try project.watch()
        defer { watcher.stop() }
        try project.write("content/4913", "")
        try FileManager.default.removeItem(at: project.url("content/4913"))
        try project.write("content/.01-a.md.swp", "swap")
        #expect(rename(project.url("content/01-a.md").path, project.url("content/01-a.md~").path) == 0)
        try project.write("content/01-a.md", "# A, saved by Vim\n")
        try FileManager.default.removeItem(at: project.url("content/01-a.md~"))
        try project.write("content/#01-a.md#", "emacs autosave")
        try project.write("content/01-a.md.bck", "backup")
        #expect(await recorder.waitForPaths([ChangedPath(.content, "01-a.md")]))
        // One batch when the steps run close together, as they do here; whatever the
        // scheduling, no batch names anything but the saved file.
        #expect(recorder.batches.allSatisfy { $0 == [ChangedPath(.content, "01-a.md")] })
    }

    @Test(arguments: methods)
    func filesInFoldersCreatedAfterTheStartAreReported(_ method: FileWatcher.Method) async throws {
        let project = try Project()
        defer { project.remove() }
        let (watcher, recorder) = try project.watch(method)
        defer { watcher.stop() }
        try FileManager.default.createDirectory(at: project.url("content/new/deeper"), withIntermediateDirectories: true)
        try project.write("content/new/deeper/first.md", "# First\n")
        #expect(await recorder.waitForPaths([ChangedPath(.content, "new/deeper/first.md")]))
        // Written after the new folders were watched, whichever way the first file was seen.
        try project.write("content/new/deeper/second.md", "# Second\n")
        try project.write("content/new/top.md", "# Top\n")
        #expect(await recorder.waitForPaths([ChangedPath(.content, "new/deeper/second.md"), ChangedPath(.content, "new/top.md")]))
    }

    @Test(arguments: methods)
    func aDeletedFileIsReported(_ method: FileWatcher.Method) async throws {
        let project = try Project()
        defer { project.remove() }
        let (watcher, recorder) = try project.watch(method)
        defer { watcher.stop() }
        try FileManager.default.removeItem(at: project.url("content/images/x.svg"))
        #expect(await recorder.waitForPaths([ChangedPath(.content, "images/x.svg")]))
    }

    @Test func aFolderMovedInIsReportedFileByFileAndWatched() async throws {
        let project = try Project()
        defer { project.remove() }
        let outside = project.url("elsewhere")
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try project.write("elsewhere/sub/moved.md", "# Moved\n")
        let (watcher, recorder) = try project.watch()
        defer { watcher.stop() }
        #expect(rename(outside.path, project.url("content/arrived").path) == 0)
        #expect(await recorder.waitForPaths([ChangedPath(.content, "arrived/sub/moved.md")]))
        try project.write("content/arrived/sub/later.md", "# Later\n")
        #expect(await recorder.waitForPaths([ChangedPath(.content, "arrived/sub/later.md")]))
    }

    @Test(arguments: methods)
    func editorTemporaryFilesAloneStartNoBatch(_ method: FileWatcher.Method) async throws {
        let project = try Project()
        defer { project.remove() }
        let (watcher, recorder) = try project.watch(method)
        defer { watcher.stop() }
        for name in [".01-a.md.swp", "01-a.md~", "#01-a.md#", "01-a.md.bck", "4913", ".hidden"] {
            try project.write("content/" + name, "temporary")
        }
        // A real change afterwards: its batch must arrive, and be the only one.
        try project.write("content/02-b.md", "# B\n")
        #expect(await recorder.waitForPaths([ChangedPath(.content, "02-b.md")]))
        #expect(recorder.allPaths == [ChangedPath(.content, "02-b.md")])
    }

    @Test func stoppingEndsTheBatches() async throws {
        let project = try Project()
        defer { project.remove() }
        let watcher = try FileWatcher(folders: [WatchedFolder(.content, path: project.content.path)])
        let finished = Task {
            for await _ in watcher.batches {}
            return true
        }
        watcher.stop()
        #expect(await finished.value)
    }

    @Test func aMissingFolderIsAnError() throws {
        let project = try Project()
        defer { project.remove() }
        #expect(throws: FileWatcherError.self) {
            _ = try FileWatcher(folders: [WatchedFolder(.content, path: project.url("missing").path)])
        }
    }
}

extension FileWatcher.Method: CustomTestStringConvertible {
    public var testDescription: String {
        switch self {
        case .native: "native"
        case .polling: "polling"
        }
    }
}

extension FileWatcherTests {
    /// `sed -i` (GNU) writes a temporary file with an ordinary name and renames it over the original.
    @Test func aTemporaryFileRenamedOverTheOriginalIsNotReported() async throws {
        let project = try Project()
        defer { project.remove() }
        let (watcher, recorder) = try project.watch()
        defer { watcher.stop() }
        try project.write("content/sedK2x9Qa", "# A, edited by sed\n")
        #expect(rename(project.url("content/sedK2x9Qa").path, project.url("content/01-a.md").path) == 0)
        #expect(await recorder.waitForPaths([ChangedPath(.content, "01-a.md")]))
        #expect(recorder.allPaths == [ChangedPath(.content, "01-a.md")])
    }
}

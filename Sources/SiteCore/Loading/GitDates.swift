import Foundation

/// The last commit that touched each file of the content folder, read with
/// one `git log` for the whole build (site.yml's `dates: git`).
///
/// Outside a git checkout, or without git installed, there are no dates and
/// the build goes on as before: dates are a courtesy to readers, not input
/// whose absence is an error. A shallow clone dates its oldest files by the
/// clone's first commit.
enum GitDates {
    /// Relative paths under `folder` (`02-local.md`) to their last commit's
    /// committer time (strict ISO 8601, `2026-03-05T14:02:11+08:00`).
    static func lastCommits(in folder: URL) -> [String: PageDate] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // Newest first; each commit is a NUL, its time, then the files it
        // changed relative to the folder. quotePath off keeps Chinese names
        // as they are rather than octal escapes.
        process.arguments = ["git", "-c", "core.quotePath=false", "log", "--format=%x00%cI", "--name-only", "--no-renames", "--relative", "--", "."]
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return [:]
        }
        // Read everything before waiting: a full pipe would block git.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return [:] }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// Reads `git log --format=%x00%cI --name-only` output: the first (newest)
    /// commit naming a file dates it.
    static func parse(_ log: String) -> [String: PageDate] {
        var dates: [String: PageDate] = [:]
        for commit in log.split(separator: "\0", omittingEmptySubsequences: true) {
            let lines = commit.split(separator: "\n", omittingEmptySubsequences: true)
            guard let first = lines.first, let date = PageDate(String(first)) else { continue }
            for file in lines.dropFirst() where dates[String(file)] == nil {
                dates[String(file)] = date
            }
        }
        return dates
    }
}

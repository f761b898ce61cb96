import ArgumentParser
import FileWatcher
import Foundation
import PreviewServer
import SiteCore

extension Sitegen {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Preview the site: serve it from memory and rebuild it when CONTENT or TEMPLATES change.",
            discussion: """
                Pages reload in the browser by themselves; a stylesheet change restyles without a reload. \
                Errors show over every page until they are fixed. Nothing is written to the output folder. \
                Stop with Ctrl-C.
                """
        )

        @Option(help: "The content folder: site.yml, params.yml, chapters (*.md), models/, other files.")
        var content = "content"

        @Option(help: "The templates folder: *.mustache and assets/.")
        var templates = "templates"

        @Option(help: "The port to listen on (0 picks a free one).")
        var port = 8000

        @Option(help: "The address to listen on; 127.0.0.1 keeps the preview on this machine.")
        var bind = "127.0.0.1"

        @Flag(help: "Include chapters marked 'draft: true'.")
        var drafts = false

        @Option(name: .customLong("poll"), help: ArgumentHelp(
            "Poll for changes every MS milliseconds instead of using inotify (for WSL's /mnt, network and container shares); '--poll' alone polls every \(PollArgument.defaultMilliseconds) ms.",
            valueName: "MS"))
        var pollMilliseconds: Int?

        @Flag(help: "Open the preview in the default browser.")
        var open = false

        @OptionGroup var diagnostics: DiagnosticOptions

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
            if let pollMilliseconds, pollMilliseconds < 1 { throw ValidationError("--poll must be at least 1 millisecond") }
        }

        /// The one place that chooses how the preview builds the site.
        func makeBuilder() throws -> any PreviewBuilder {
            IncrementalPreviewBuilder(options: BuildOptions(content: content, templates: templates, includeDrafts: drafts), plugins: Sitegen.plugins,
                                      describe: previewDiagnostics(format: diagnostics.format, project: Project(content: content, templates: templates)))
        }

        func run() async throws {
            let watcher: FileWatcher
            do {
                watcher = try FileWatcher(
                    folders: [WatchedFolder(.content, path: content), WatchedFolder(.templates, path: templates)],
                    method: pollMilliseconds.map { .polling(interval: .milliseconds($0)) } ?? .native)
            } catch {
                printError("sitegen: \(error)")
                throw ExitStatus.inputError
            }
            let builder: any PreviewBuilder
            do {
                builder = try makeBuilder()
            } catch {
                printError("sitegen: cannot prepare the preview build: \(error.localizedDescription)")
                throw ExitStatus.internalError
            }

            let store = SnapshotStore()
            let session = PreviewSession(
                builder: builder, store: store, watcher: watcher,
                folderNames: [.content: content, .templates: templates],
                terminal: .init(line: { printLine($0) }, error: { printError($0) }))
            let server = PreviewServer(store: store, host: bind, port: port)
            let bind = self.bind, open = self.open
            do {
                // The server listens at once, so a busy port is reported before
                // any build; requests wait for the session's first build.
                try await server.run(alongside: [session]) { port in
                    let address = "http://\(bind.contains(":") ? "[\(bind)]" : bind):\(port)/"
                    printLine("sitegen: serving \(address) (Ctrl-C to stop)")
                    if open { openInBrowser(address) }
                }
            } catch {
                watcher.stop()
                printError("sitegen: \(error)")
                throw ExitStatus.internalError
            }
            printLine("sitegen: stopped")
        }
    }
}

/// A failed preview build's diagnostics as `sitegen build` prints them: the
/// overlay gets the text (with the source line and caret), the terminal the
/// format asked for. Sources are read when the build fails, as it saw them.
func previewDiagnostics(format: DiagnosticFormat, project: Project) -> @Sendable ([Diagnostic]) -> [PreviewDiagnostic] {
    { diagnostics in
        var text = DiagnosticRenderer(format: .text, project: project)
        var terminal = DiagnosticRenderer(format: format, project: project)
        return diagnostics.map { diagnostic in
            let shown = text.render(diagnostic)
            return PreviewDiagnostic(text: shown, terminal: format == .text ? shown : terminal.render(diagnostic))
        }
    }
}

/// `--poll` may come without a value; ArgumentParser options always take
/// one, so a bare `--poll` after `serve` is given the default first.
enum PollArgument {
    static let defaultMilliseconds = 500

    static func expand(_ arguments: [String]) -> [String] {
        guard let serve = arguments.firstIndex(of: "serve") else { return arguments }
        var expanded = arguments
        for index in expanded.indices where index > serve {
            if expanded[index] == "--" { break }
            if expanded[index] == "--poll", index + 1 == expanded.count || expanded[index + 1].hasPrefix("-") {
                expanded[index] = "--poll=\(defaultMilliseconds)"
            }
        }
        return expanded
    }
}

func printLine(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Opens `address` with the system's opener; a failure only prints a note.
func openInBrowser(_ address: String) {
    let process = Process()
    #if os(macOS)
    process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
    process.arguments = [address]
    #else
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["xdg-open", address]
    #endif
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { printError("sitegen: could not open a browser (\(error.localizedDescription)); open \(address) yourself") }
}

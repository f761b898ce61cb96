import ArgumentParser
import Foundation
import Explainer
import SiteCore

extension Sitegen {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the HTML body of one Markdown file, through the site's Markdown pipeline.",
            discussion: "No template is applied. Links to other chapters are left as written."
        )

        @Argument(help: "The Markdown file, or - for standard input.")
        var file: String

        @Option(help: "The content folder whose site.yml, params.yml and models apply, if it exists.")
        var content = "content"

        @Flag(help: "Treat warnings (raw HTML left out) as errors; site.yml's 'strict: true' does too.")
        var strict = false

        @OptionGroup var diagnostics: DiagnosticOptions

        func run() throws {
            // Standard input is read here, so its lines can be shown under its errors.
            var input: (text: String, path: String)?
            do {
                let read = try SingleFileRenderer.read(file: file)
                input = read
                var warnings: [Diagnostic] = []
                let options = BuildOptions(content: content, includeDrafts: true, strict: strict)
                let html = try SingleFileRenderer.render(text: read.text, path: read.path, frontEnd: FrontEnd(options: options, plugins: Sitegen.plugins), warnings: &warnings)
                printDiagnostics(warnings.sorted(), format: diagnostics.format, project: Project(content: content), sources: [read.path: read.text])
                FileHandle.standardOutput.write(Data(html.utf8))
            } catch {
                throw report(error, outcome: nil, format: diagnostics.format, project: Project(content: content), sources: input.map { [$0.path: $0.text] } ?? [:])
            }
        }
    }
}

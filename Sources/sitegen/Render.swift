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

        @OptionGroup var diagnostics: DiagnosticOptions

        func run() throws {
            // Standard input is read here, so its lines can be shown under its errors.
            var input: (text: String, path: String)?
            do {
                let read = try SingleFileRenderer.read(file: file)
                input = read
                let html = try SingleFileRenderer.render(text: read.text, path: read.path, frontEnd: FrontEnd(options: BuildOptions(content: content, includeDrafts: true), plugins: Sitegen.plugins))
                FileHandle.standardOutput.write(Data(html.utf8))
            } catch {
                throw report(error, outcome: nil, format: diagnostics.format, sources: input.map { [$0.path: $0.text] } ?? [:])
            }
        }
    }
}

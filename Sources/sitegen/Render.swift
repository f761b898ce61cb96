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

        func run() throws {
            do {
                var warnings: [Diagnostic] = []
                let options = BuildOptions(content: content, includeDrafts: true, strict: strict)
                let html = try SingleFileRenderer.render(file: file, frontEnd: FrontEnd(options: options, plugins: Sitegen.plugins), warnings: &warnings)
                for warning in warnings.sorted() {
                    printError(warning.description)
                }
                FileHandle.standardOutput.write(Data(html.utf8))
            } catch {
                throw report(error, outcome: nil)
            }
        }
    }
}

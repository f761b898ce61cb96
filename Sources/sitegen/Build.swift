import ArgumentParser
import Foundation
import Explainer
import SiteCore

extension Sitegen {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site (the default command).",
            discussion: "Reads CONTENT and TEMPLATES and replaces OUTPUT only when the whole build succeeded."
        )

        @Option(help: "The content folder: site.yml, params.yml, chapters (*.md), models/, other files.")
        var content = "content"

        @Option(help: "The templates folder: *.mustache and assets/.")
        var templates = "templates"

        @Option(help: "The output folder, replaced by the new site.")
        var output = "public"

        @Flag(help: "Include chapters marked 'draft: true'.")
        var drafts = false

        @Flag(help: "Print nothing on success.")
        var quiet = false

        @OptionGroup var diagnostics: DiagnosticOptions

        func run() throws {
            let clock = ContinuousClock()
            let start = clock.now
            let summary: BuildSummary
            do {
                summary = try SiteBuilder.build(BuildOptions(content: content, templates: templates, output: output, includeDrafts: drafts), plugins: Sitegen.plugins)
            } catch {
                throw report(error, format: diagnostics.format)
            }
            if !quiet {
                let elapsed = clock.now - start
                let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
                print("sitegen: wrote \(summary.pages) pages (\(summary.files) files) in \(String(format: "%.0f", milliseconds)) ms to \(summary.output)/")
            }
        }
    }
}

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

        @Flag(help: "Treat warnings (raw HTML left out of a page) as errors; site.yml's 'strict: true' does too.")
        var strict = false

        @OptionGroup var diagnostics: DiagnosticOptions

        func run() throws {
            let clock = ContinuousClock()
            let start = clock.now
            let summary: BuildSummary
            do {
                summary = try SiteBuilder.build(BuildOptions(content: content, templates: templates, output: output, includeDrafts: drafts, strict: strict), plugins: Sitegen.plugins)
            } catch {
                throw report(error, format: diagnostics.format, project: Project(content: content, templates: templates))
            }
            // Warnings print even with --quiet: they are problems, not progress.
            printDiagnostics(summary.warnings, format: diagnostics.format, project: Project(content: content, templates: templates))
            if !quiet {
                let elapsed = clock.now - start
                let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
                let warned = summary.warnings.isEmpty ? "" : " with \(summary.warnings.count) warning\(summary.warnings.count == 1 ? "" : "s")"
                print("sitegen: wrote \(summary.pages) pages (\(summary.files) files) in \(String(format: "%.0f", milliseconds)) ms to \(summary.output)/\(warned)")
            }
        }
    }
}

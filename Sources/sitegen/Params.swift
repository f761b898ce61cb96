import ArgumentParser
import Foundation
import Explainer
import SiteCore

extension Sitegen {
    struct Params: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every quantity of every scenario, and every model's total."
        )

        @Option(help: "The content folder.")
        var content = "content"

        @Flag(help: "Print JSON: {\"scenarios\": {NAME: {QUANTITY: integer}}, \"models\": {NAME: integer}}.")
        var json = false

        @OptionGroup var diagnostics: DiagnosticOptions

        func run() throws {
            do {
                let text = json ? try ParamsReport.json(contentDirectory: content) : try ParamsReport.text(contentDirectory: content)
                FileHandle.standardOutput.write(Data(text.utf8))
            } catch {
                throw report(error, outcome: nil, format: diagnostics.format, project: Project(content: content))
            }
        }
    }
}

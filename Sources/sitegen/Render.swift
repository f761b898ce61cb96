import ArgumentParser
import Foundation
import SiteKit

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

        func run() throws {
            let path = file == "-" ? "<stdin>" : file
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let read = FileManager.default.contents(atPath: file) else {
                    throw report(BuildFailure([Diagnostic(path: file, message: "cannot read file")]), outcome: nil)
                }
                data = read
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw report(BuildFailure([Diagnostic(path: path, message: "invalid UTF-8; save the file as UTF-8")]), outcome: nil)
            }
            do {
                let html = try SingleFileRenderer.render(text: text, path: path, contentDirectory: content)
                FileHandle.standardOutput.write(Data(html.utf8))
            } catch {
                throw report(error, outcome: nil)
            }
        }
    }
}

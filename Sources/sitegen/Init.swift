import ArgumentParser
import Foundation
import StarterSite

extension Sitegen {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a new site: content/ with site.yml and two chapters, and the default templates.",
            discussion: "DIR must be empty or absent. Then run 'sitegen' inside it to build the site into public/."
        )

        @Argument(help: "The folder to write the new site into (created if absent).")
        var directory = "."

        func run() throws {
            let folder = URL(fileURLWithPath: directory)
            guard StarterSite.bundleIsInstalled else {
                let beside = Bundle.main.bundleURL.path
                printError("sitegen: error: the starter site's files are missing: copy \(StarterSite.bundleNames[0]) from the build folder (.build/release/) into \(beside)/, beside the sitegen binary")
                throw ExitStatus.internalError
            }
            do {
                _ = try StarterSite.write(into: folder)
            } catch {
                printError("sitegen: " + error.description)
                throw error.isInputError ? ExitStatus.inputError : ExitStatus.internalError
            }
            let enter = directory == "." ? "" : "cd \(directory) && "
            print("sitegen: wrote a new site to \(directory)/ (content/, templates/); build it with: \(enter)sitegen")
        }
    }
}

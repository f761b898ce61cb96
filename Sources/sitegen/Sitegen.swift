import ArgumentParser
import Explainer
import SiteCore

/// The `sitegen` command: building is the default subcommand.
@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build a static documentation site from Markdown chapters, through libcmark-gfm.",
        version: SitegenVersion.current,
        subcommands: [Build.self, Render.self, Params.self, Serve.self],
        defaultSubcommand: Build.self
    )

    static func main() async {
        await main(PollArgument.expand(Array(CommandLine.arguments.dropFirst())))
    }

    /// What sitegen adds to the generic site core: the explainer's numbers, diagrams and networks.
    static let plugins: [any SitePlugin] = [ExplainerPlugin()]
}

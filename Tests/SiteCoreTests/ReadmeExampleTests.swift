import Explainer
import Foundation
import TestFolders
import Testing
@testable import SiteCore

/// The README's examples work when copied: every ```markdown block builds as a
/// chapter of the shipped site (a block without front matter gets a title),
/// every ```yaml block is a working params.yml, and its shell commands work
/// as root or as a user.
@Suite struct ReadmeExampleTests {
    struct Block {
        var info: String
        var text: String
        var line: Int
    }

    /// The fenced blocks of the README, with their info strings and first lines.
    static func blocks() throws -> [Block] {
        let readme = try TestSupport.read(TestFolders.repositoryRoot.appendingPathComponent("README.md"))
        var blocks: [Block] = []
        var open: Block?
        for (index, line) in readme.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if var block = open {
                if line.hasPrefix("```") && line.allSatisfy({ $0 == "`" }) {
                    blocks.append(block)
                    open = nil
                } else {
                    block.text += line + "\n"
                    open = block
                }
            } else if line.hasPrefix("```") {
                open = Block(info: String(line.dropFirst(3)), text: "", line: index + 1)
            }
        }
        return blocks
    }

    /// The shipped site, in a temporary folder, with `files` written into its content.
    private func build(with files: [String: String]) throws {
        let site = try TestFolders.temporaryFolder()
        defer { TestSupport.cleanUp(site) }
        try FileManager.default.copyItem(at: TestFolders.repositoryRoot.appendingPathComponent("content"), to: site.appendingPathComponent("content"))
        for (path, text) in files { try TestSupport.write(text, to: site.appendingPathComponent("content/" + path)) }
        let options = BuildOptions(
            content: site.appendingPathComponent("content").path,
            templates: TestFolders.repositoryRoot.appendingPathComponent("templates").path,
            output: site.appendingPathComponent("public").path
        )
        _ = try SiteBuild(options: options, plugins: [ExplainerPlugin()]).run(into: MemorySink())
    }

    @Test func everyMarkdownExampleBuildsAsAChapter() throws {
        let examples = try Self.blocks().filter { $0.info == "markdown" }
        #expect(examples.count >= 2)
        for example in examples {
            let chapter = example.text.hasPrefix("---\n") ? example.text : "---\ntitle: README 示例\n---\n\n" + example.text
            do {
                try build(with: ["readme-example.md": chapter])
            } catch {
                Issue.record("README.md line \(example.line): the example does not build:\n\(error)")
            }
        }
    }

    /// A params.yml example stands for a site of its own: every quantity it
    /// declares is worked out, as `sitegen params` does, and a chapter shows them.
    @Test func everyYAMLExampleIsAWorkingParamsFile() throws {
        let examples = try Self.blocks().filter { $0.info == "yaml" }
        #expect(!examples.isEmpty)
        for example in examples {
            let content = try TestFolders.temporaryFolder()
            defer { TestSupport.cleanUp(content) }
            try TestSupport.write(example.text, to: content.appendingPathComponent("params.yml"))
            do {
                let (scenarios, _) = try ParamsReport.collect(contentDirectory: content.path)
                let site = try #require(scenarios.first)
                #expect(site.quantities.contains { $0.name == "full" })
            } catch {
                Issue.record("README.md line \(example.line): the params.yml example does not work:\n\(error)")
            }
        }
    }

    /// `sudo` is absent in a root shell and in most containers: the README calls
    /// it as `$(command -v sudo)`, which is empty there.
    @Test func shellCommandsWorkAsRootOrAsAUser() throws {
        let commands = try Self.blocks().filter { $0.info == "sh" }.map(\.text).joined()
        #expect(commands.contains("sitegen init"))
        for line in commands.split(separator: "\n") where line.contains("sudo") {
            let bare = line.replacingOccurrences(of: "$(command -v sudo)", with: "")
            #expect(!bare.split(separator: "#")[0].contains("sudo"), "\(line)")
        }
    }
}

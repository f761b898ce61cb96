import ConfigTree
import Testing
@testable import SiteCore

/// Common YAML mistakes are explained at the line where they are, with what
/// to write instead; other errors keep libyaml's message.
@Suite struct YAMLMistakeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var yaml: String
        var location: ConfigTree.SourceLocation
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "full-width colon", yaml: "title: 权值\nweight：7\n", location: .init(line: 2, column: 7),
             message: "invalid YAML: full-width colon '：' after 'weight'; YAML needs an ASCII colon and a space: weight: 7"),
        Case(name: "full-width comma in a flow mapping", yaml: "params: {image: 8x8， field: 3}\n", location: .init(line: 1, column: 20),
             message: "invalid YAML: full-width comma '，' in a flow mapping; YAML separates its items with an ASCII comma and a space ', '"),
        Case(name: "title starting with a placeholder", yaml: "title: {{ full }} 个参数\n", location: .init(line: 1, column: 8),
             message: "invalid YAML: the value of 'title' starts with '{{', which YAML reads as the start of a mapping (a placeholder works inside quotes); quote the whole value: title: '{{ full }} 个参数'"),
        Case(name: "value starting with a bracket", yaml: "title: [草稿] 权值\n", location: .init(line: 1, column: 8),
             message: "invalid YAML: the value of 'title' starts with '[', which YAML reads as the start of a list; quote the whole value: title: '[草稿] 权值'"),
        Case(name: "value starting with an asterisk", yaml: "title: *重要* 权值\n", location: .init(line: 1, column: 8),
             message: "invalid YAML: the value of 'title' starts with '*', which YAML reads as an alias; quote the whole value: title: '*重要* 权值'"),
        Case(name: "value starting with an ampersand", yaml: "title: &甲 'x'\n", location: .init(line: 1, column: 8),
             message: "invalid YAML: the value of 'title' starts with '&', which YAML reads as an anchor; quote the whole value: title: '&甲 ''x'''"),
        Case(name: "value starting with an exclamation mark", yaml: "title: !重要 权值\n", location: .init(line: 1, column: 8),
             message: "invalid YAML: the value of 'title' starts with '!', which YAML reads as a tag; quote the whole value: title: '!重要 权值'"),
        Case(name: "colon and space inside a value", yaml: "title: T\ncaption: 注意: 这里很长\n", location: .init(line: 2, column: 12),
             message: "invalid YAML: ': ' inside the unquoted value of 'caption' reads as another key; quote the whole value (caption: '注意: 这里很长') or write the full-width '：'"),
        Case(name: "tab indentation", yaml: "params:\n\timage: 8x8\n", location: .init(line: 2, column: 1),
             message: "invalid YAML: a tab indents this line; YAML indents with spaces only, so replace the tab with spaces"),
        Case(name: "key indented deeper than its sibling", yaml: "params:\n  image: 8x8\n   field: 3\n", location: .init(line: 3, column: 4),
             message: "invalid YAML: 'field' is indented by 3 spaces but 'image' above it by 2; keys of one mapping start in the same column"),
        Case(name: "key indented less than its sibling", yaml: "params:\n    image: 8x8\n  field: 3\n", location: .init(line: 3, column: 3),
             message: "invalid YAML: 'field' is indented by 2 spaces but 'image' above it by 4; keys of one mapping start in the same column"),
        Case(name: "top-level key indented", yaml: "title: 权值\n  weight: 3\n", location: .init(line: 2, column: 3),
             message: "invalid YAML: 'weight' is indented by 2 spaces but 'title' above it by 0; keys of one mapping start in the same column"),
    ]

    @Test(arguments: cases)
    func aCommonMistakeIsExplainedWhereItIs(_ mistake: Case) {
        #expect(throws: ConfigError(mistake.message, at: mistake.location)) { try YAMLReader.parse(mistake.yaml) }
    }

    @Test func validYAMLWithLookAlikesStaysValid() throws {
        let node = try YAMLReader.parse("title: 权值，共享：概述\ncaption: '注意: 这里'\ntitle2: \"{{ full }} 个\"\nlist: [a, b]\n")
        #expect(node?.entries?.map(\.key) == ["title", "caption", "title2", "list"])
    }

    @Test func otherErrorsKeepLibyamlsMessage() {
        do {
            _ = try YAMLReader.parse("title: [oops\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasPrefix("invalid YAML: while parsing a flow sequence"), "\(error.message)")
        }
    }
}

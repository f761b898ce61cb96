import Explainer
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestFolders
@testable import SiteCore

/// feed.xml against RFC 4287 (the Atom Syndication Format): the elements it
/// requires, their counts, absolute IRIs and RFC 3339 dates, checked on a
/// parsed document; and that it says what the chapters say.
@Suite struct AtomFeedTests {
    private func build(_ edit: (URL) throws -> Void = { _ in }) throws -> [String: String] {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        try edit(site)
        var options = TestSupport.options(site)
        options.templates = TestFolders.repositoryRoot.appendingPathComponent("templates").path
        let memory = MemorySink()
        _ = try SiteBuild(options: options, plugins: [ExplainerPlugin()]).run(into: memory)
        return memory.files.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    private func setFrontMatter(_ line: String, in file: String, of site: URL) throws {
        let url = site.appendingPathComponent("content/" + file)
        let text = try TestSupport.read(url)
        try TestSupport.write(text.replacingOccurrences(of: "---\ntitle:", with: "---\n\(line)\ntitle:"), to: url)
    }

    @Test func theFeedIsValidAtomWithEveryChapter() throws {
        let files = try build { site in
            try setFrontMatter("updated: 2026-03-05", in: "01-full.md", of: site)
            try setFrontMatter("updated: 2026-04-01T08:30:00+08:00", in: "02-local.md", of: site)
        }
        let xml = try #require(files["feed.xml"])
        let feed = try #require(XMLTree.parse(xml))
        let problems = AtomRules.problems(feed)
        #expect(problems.isEmpty, "\(problems)")

        #expect(feed.attributes["xml:lang"] == "zh-CN")
        #expect(feed.children("id").first?.text == "https://example.org/docs/")
        #expect(feed.children("title").first?.text == "测试站点")
        // The feed is as new as its newest chapter.
        #expect(feed.children("updated").first?.text == "2026-04-01T08:30:00+08:00")
        #expect(feed.children("author").first?.children("name").first?.text == "测试")
        let selfLink = feed.children("link").first { $0.attributes["rel"] == "self" }
        #expect(selfLink?.attributes["href"] == "https://example.org/docs/feed.xml")

        // Newest first; a date alone is midnight UTC.
        let entries = feed.children("entry")
        #expect(entries.map { $0.children("id").first?.text ?? "" } == ["https://example.org/docs/02-local.html", "https://example.org/docs/01-full.html"])
        #expect(entries.map { $0.children("updated").first?.text ?? "" } == ["2026-04-01T08:30:00+08:00", "2026-03-05T00:00:00Z"])
        #expect(entries[1].children("title").first?.text.hasPrefix("全连接:") == true)
        #expect(entries[1].children("link").first?.attributes["href"] == "https://example.org/docs/01-full.html")
        let chapter = try #require(files["01-full.html"])
        let summary = try #require(entries[1].children("summary").first?.text)
        #expect(!summary.isEmpty && chapter.contains("<meta name=\"description\" content=\"\(summary)\">"))
        // Pages link to it.
        #expect(chapter.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.xml\" title=\"测试站点\">"))
    }

    @Test func withoutDatesTheFeedIsStillValidAndTheSameOnEveryBuild() throws {
        let first = try build()
        let xml = try #require(first["feed.xml"])
        let feed = try #require(XMLTree.parse(xml))
        #expect(AtomRules.problems(feed).isEmpty, "\(AtomRules.problems(feed))")
        #expect(feed.children("updated").first?.text == AtomFeed.epoch)
        // Reading order when no chapter is newer than another.
        #expect(feed.children("entry").map { $0.children("id").first?.text ?? "" } == ["https://example.org/docs/01-full.html", "https://example.org/docs/02-local.html"])
        #expect(try build()["feed.xml"] == xml)
    }

    @Test func withoutABaseURLThereIsNoFeed() throws {
        let files = try build { site in
            let url = site.appendingPathComponent("content/site.yml")
            try TestSupport.write(try TestSupport.read(url).replacingOccurrences(of: "base_url: https://example.org/docs/\n", with: ""), to: url)
        }
        #expect(files["feed.xml"] == nil)
        #expect(files["01-full.html"]?.contains("application/atom+xml") == false)
    }

    @Test func theRulesRejectAFeedMissingWhatAtomRequires() throws {
        // The checker itself must fail on what RFC 4287 forbids.
        let broken = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><id>relative/id</id><title>t</title><updated>2026-13-01</updated>
        <entry><id>https://e.org/a</id><title>a</title><updated>2026-01-01T00:00:00Z</updated></entry>
        <entry><id>https://e.org/a</id><updated>2026-01-01T00:00:00Z</updated><link rel="alternate" href="https://e.org/a"/></entry>
        </feed>
        """
        let problems = AtomRules.problems(try #require(XMLTree.parse(broken)))
        #expect(problems.contains("feed: id is not an absolute IRI: relative/id"))
        #expect(problems.contains("feed: updated is not an RFC 3339 date-time: 2026-13-01"))
        #expect(problems.contains("feed: no author, and an entry has none"))
        #expect(problems.contains("entry 1: no link rel=alternate and no content"))
        #expect(problems.contains("entry 2: 0 title elements, not 1"))
        #expect(problems.contains("entry 2: id repeats https://e.org/a"))
    }
}

/// A parsed XML element: name (prefix-free for the Atom namespace), attributes, children, text.
final class XMLTree {
    let name: String
    let namespace: String?
    var attributes: [String: String]
    var elements: [XMLTree] = []
    var text = ""

    init(name: String, namespace: String?, attributes: [String: String]) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
    }

    func children(_ name: String) -> [XMLTree] { elements.filter { $0.name == name } }

    static func parse(_ xml: String) -> XMLTree? {
        let parser = XMLParser(data: Data(xml.utf8))
        let builder = Builder()
        parser.delegate = builder
        parser.shouldProcessNamespaces = true
        return parser.parse() ? builder.root : nil
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = XMLTree(name: elementName, namespace: namespaceURI, attributes: attributes)
            if let parent = stack.last { parent.elements.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}

/// The rules of RFC 4287 that a generated feed can break.
enum AtomRules {
    static let namespace = "http://www.w3.org/2005/Atom"

    static func problems(_ feed: XMLTree) -> [String] {
        var problems: [String] = []
        if feed.name != "feed" || feed.namespace != namespace { problems.append("root is not an Atom feed element") }
        // 4.1.1: exactly one id, title and updated; authors unless every entry has one.
        problems += exactlyOne(["id", "title", "updated"], in: feed, label: "feed")
        problems += checkValues(feed, label: "feed")
        let entries = feed.children("entry")
        if feed.children("author").isEmpty, entries.contains(where: { $0.children("author").isEmpty }) {
            problems.append("feed: no author, and an entry has none")
        }
        for author in feed.children("author") where author.children("name").count != 1 {
            problems.append("feed: an author has \(author.children("name").count) name elements, not 1")
        }
        if feed.children("link").filter({ $0.attributes["rel"] == "alternate" }).count > 1 {
            problems.append("feed: more than one link rel=alternate")
        }
        var ids: Set<String> = []
        for (index, entry) in entries.enumerated() {
            let label = "entry \(index + 1)"
            // 4.1.2: exactly one id, title, updated; a link rel=alternate unless there is content.
            problems += exactlyOne(["id", "title", "updated"], in: entry, label: label)
            problems += checkValues(entry, label: label)
            if entry.children("content").isEmpty && !entry.children("link").contains(where: { ($0.attributes["rel"] ?? "alternate") == "alternate" }) {
                problems.append("\(label): no link rel=alternate and no content")
            }
            if entry.children("summary").count > 1 { problems.append("\(label): more than one summary") }
            if let id = entry.children("id").first?.text, !ids.insert(id).inserted {
                problems.append("\(label): id repeats \(id)")
            }
        }
        return problems
    }

    private static func exactlyOne(_ names: [String], in element: XMLTree, label: String) -> [String] {
        names.compactMap { name in
            let count = element.children(name).count
            return count == 1 ? nil : "\(label): \(count) \(name) elements, not 1"
        }
    }

    private static func checkValues(_ element: XMLTree, label: String) -> [String] {
        var problems: [String] = []
        for id in element.children("id") where !isAbsoluteIRI(id.text) {
            problems.append("\(label): id is not an absolute IRI: \(id.text)")
        }
        for updated in element.children("updated") where !isRFC3339DateTime(updated.text) {
            problems.append("\(label): updated is not an RFC 3339 date-time: \(updated.text)")
        }
        for link in element.children("link") {
            guard let href = link.attributes["href"], isAbsoluteIRI(href) else {
                problems.append("\(label): a link without an absolute href")
                continue
            }
        }
        return problems
    }

    static func isAbsoluteIRI(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme, !scheme.isEmpty else { return false }
        return !text.contains(" ")
    }

    /// RFC 3339 section 5.6 date-time, with real months, days, hours and offsets.
    static func isRFC3339DateTime(_ text: String) -> Bool {
        let pattern = #"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$"#
        guard let match = text.range(of: pattern, options: .regularExpression), match == text.startIndex..<text.endIndex else { return false }
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        let (month, day, hour, minute, second) = (numbers[1], numbers[2], numbers[3], numbers[4], numbers[5])
        return (1...12).contains(month) && (1...31).contains(day) && hour < 24 && minute < 60 && second < 61
    }
}

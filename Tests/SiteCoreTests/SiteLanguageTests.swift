import Explainer
import Foundation
import TestFolders
import Testing
@testable import SiteCore

/// A site in another language than Chinese: every word sitegen writes comes
/// from the language catalog that site.yml's `language:` selects.
@Suite struct SiteLanguageTests {
    /// The English fixture, built with the default theme (the repository's templates).
    private func buildEnglishSite() throws -> [String: [UInt8]] {
        let site = TestFolders.fixtures.appendingPathComponent("english-site")
        let options = BuildOptions(
            content: site.appendingPathComponent("content").path,
            templates: TestFolders.repositoryRoot.appendingPathComponent("templates").path,
            output: "unused"
        )
        let memory = MemorySink()
        _ = try SiteBuild(options: options, plugins: [ExplainerPlugin()]).run(into: memory)
        return memory.files
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        // Unified ideographs and their extensions, compatibility ideographs, and
        // the CJK punctuation the Chinese catalog uses (，：（）).
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x3FFFF: return true
        default: return scalar.properties.isIdeographic
        }
    }

    @Test func anEnglishSiteHasNoChineseWordItsContentDidNotBringIn() throws {
        let files = try buildEnglishSite()
        #expect(files.keys.contains("diagrams/03-more-2-ladder.svg"))
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) where !path.hasPrefix("assets/") || path.hasSuffix(".js") {
            let text = String(decoding: bytes, as: UTF8.self)
            let han = text.unicodeScalars.filter(Self.isHan)
            #expect(han.isEmpty, "\(path) holds \(String(String.UnicodeScalarView(han.prefix(20))))")
        }
    }

    @Test func anEnglishSiteSaysSoAndUsesEnglishWords() throws {
        let files = try buildEnglishSite()
        let page = String(decoding: try #require(files["02-local.html"]), as: UTF8.self)
        #expect(page.contains("<html lang=\"en\""))
        #expect(page.contains("Chapter 2"))
        #expect(page.contains("aria-label=\"Link to this section\""))
        let svg = String(decoding: try #require(files["diagrams/02-local-1-local.svg"]), as: UTF8.self)
        #expect(svg.contains("lang=\"en\""))
        // `compact` follows the language: 10¹² weights are 1T in English.
        let home = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        #expect(home.contains("needs 1T weights"))
    }

    @Test func anUnknownLanguageIsASiteYMLErrorListingTheLanguagesThereAre() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let siteYML = site.appendingPathComponent("content/site.yml")
        try TestSupport.write(try TestSupport.read(siteYML).replacingOccurrences(of: "language: zh-CN", with: "language: fr"), to: siteYML)
        #expect {
            try SiteBuild(options: TestSupport.options(site), plugins: [ExplainerPlugin()]).run(into: MemorySink())
        } throws: { error in
            (error as? BuildFailure)?.description.hasSuffix("content/site.yml:3:11: error: unknown language 'fr'; available: en, zh-CN") == true
        }
    }
}

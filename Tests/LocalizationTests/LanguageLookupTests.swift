import Testing
import Localization

@Suite struct LanguageLookupTests {
    @Test func availableTagsAreSorted() {
        #expect(LanguageCatalog.availableTags == ["en", "zh-CN"])
        #expect(LanguageCatalog.default.tag == "zh-CN")
    }

    @Test(arguments: [
        ("zh-CN", "zh-CN"), ("zh-cn", "zh-CN"), ("ZH-CN", "zh-CN"), ("zh_CN", "zh-CN"),
        ("zh", "zh-CN"), ("zh-Hans", "zh-CN"), ("zh-Hans-CN", "zh-CN"), ("zh-hans-sg", "zh-CN"), ("zh-SG", "zh-CN"),
        ("en", "en"), ("EN", "en"), ("en-US", "en"), ("en-GB", "en"), ("en-Latn-GB", "en"),
    ])
    func tagsFindTheirCatalog(requested: String, found: String) {
        #expect(LanguageCatalog.matching(requested)?.tag == found)
    }

    @Test(arguments: ["fr", "zh-TW", "zh-HK", "zh-Hant", "zh-Hant-CN", "en-Cyrl", "", "-", "zh-", "z", "中文", "en CN", "e1"])
    func otherTagsFindNone(requested: String) {
        #expect(LanguageCatalog.matching(requested) == nil)
    }

    @Test func unknownLanguageListsTheAvailableOnes() {
        #expect(throws: UnknownLanguage(tag: "fr", available: ["en", "zh-CN"])) {
            try LanguageCatalog.named("fr")
        }
        do {
            _ = try LanguageCatalog.named("zh-TW")
            Issue.record("zh-TW found a catalog")
        } catch {
            #expect(error.message == "unknown language 'zh-TW'; available: en, zh-CN")
        }
    }

    @Test func namedReturnsTheMatch() throws {
        #expect(try LanguageCatalog.named("en-GB").tag == "en")
    }
}

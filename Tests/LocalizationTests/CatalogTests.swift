import Testing
import Localization

@Suite struct CatalogTests {
    static func containsHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isIdeographic || isHanBlock($0) }
    }

    /// Han by block, for scalars `isIdeographic` leaves out (CJK radicals,
    /// strokes, and the ideographic iteration marks are all Han script).
    private static func isHanBlock(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0x3005...0x3007, 0x3021...0x3029, 0x3038...0x303B, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    @Test func everyKeyIsSampled() {
        for catalog in LanguageCatalog.all {
            for group in CatalogWords.groups(catalog) {
                #expect(group.keys == CatalogWords.sampledKeys[group.name],
                        "\(group.name) has \(group.keys) keys; sample each new one in CatalogWords and update sampledKeys")
            }
        }
    }

    @Test(arguments: LanguageCatalog.availableTags)
    func noWordIsEmptyOrPadded(tag: String) throws {
        let catalog = try LanguageCatalog.named(tag)
        for group in CatalogWords.groups(catalog) {
            for word in group.words {
                #expect(!word.trimmingPrefixSpaces.isEmpty, "\(tag) \(group.name): an empty word")
                #expect(word.first != " ", "\(tag) \(group.name): '\(word)' starts with a space")
                #expect(!word.contains("  "), "\(tag) \(group.name): '\(word)' has a double space")
            }
        }
    }

    @Test func englishHasNoHanCharacter() {
        for group in CatalogWords.groups(.english) {
            for word in group.words {
                #expect(!Self.containsHan(word), "en \(group.name): '\(word)'")
            }
        }
    }

    @Test func hanDetectionWorks() {
        #expect(Self.containsHan("第 3 章"))
        #expect(Self.containsHan("〇"))
        #expect(!Self.containsHan("Chapter 3 · 10⁶ × w1…w9 — “quoted”"))
    }

    @Test func chineseWordsAreTheShippedOnes() {
        let zh = LanguageCatalog.simplifiedChinese
        #expect(zh.page.anchorLabel == "本节链接")
        #expect(zh.page.chapterNumber(3) == "第 3 章")
        #expect(zh.theme.generatedBy("sitegen") == "由 sitegen 生成")
        #expect(zh.tables.kernelsRow(100, "100") == "100 个卷积核")
        #expect(zh.tables.modelCaption("LeNet") == "LeNet 的逐层参数")
        #expect(zh.tables.shareBarLabel("60.0%", "30.0%", "10.0%") == "卷积层 60.0%,全连接层 30.0%,其他 10.0%")
        #expect(zh.tables.shareBarLabel("60.0%", "40.0%", nil) == "卷积层 60.0%,全连接层 40.0%")
        #expect(zh.diagrams.sentences(["甲", "乙"]) == "甲。乙。")
        #expect(zh.diagrams.ladderChange(.fewer(orders: "3.9", exact: false)) == "约少 3.9 个数量级")
        #expect(zh.diagrams.ladderSummaryRow("局部连接", "10⁸", .fewer(orders: "4", exact: true)) == "局部连接 10⁸ 个参数（比上一种少 4 个数量级）")
        #expect([zh.callouts.note, zh.callouts.tip, zh.callouts.important, zh.callouts.warning, zh.callouts.caution]
                == ["注意", "提示", "重要", "警告", "小心"])
    }

    @Test func englishCountsAgreeInNumber() {
        let en = LanguageCatalog.english
        #expect(en.page.chapterNumber(3) == "Chapter 3")
        #expect(en.theme.searchResultCount(1) == "1 result")
        #expect(en.theme.searchResultCount(2) == "2 results")
        #expect(en.diagrams.hiddenLayerHeading(1) == "Hidden layer: 1 unit")
        #expect(en.diagrams.hiddenLayerHeading(4) == "Hidden layer: 4 units")
        #expect(en.diagrams.ladderKernelsName("1") == "1 kernel")
        #expect(en.diagrams.ladderChange(.fewer(orders: "1", exact: true)) == "1 order of magnitude fewer")
        #expect(en.diagrams.ladderChange(.more(orders: "3.9", exact: false)) == "about 3.9 orders of magnitude more")
        #expect(en.diagrams.ladderSummaryRow("Local connection", "10⁸", .fewer(orders: "4", exact: true))
                == "Local connection: 10⁸ parameters (4 orders of magnitude fewer than the scheme before)")
        #expect(en.diagrams.sentences(["A", "B"]) == "A. B.")
    }

    @Test func calloutTitlesAreDistinct() {
        for catalog in LanguageCatalog.all {
            let titles = [catalog.callouts.note, catalog.callouts.tip, catalog.callouts.important,
                          catalog.callouts.warning, catalog.callouts.caution]
            #expect(Set(titles).count == titles.count, "\(catalog.tag)")
        }
    }

    @Test func numbersNameTheirCompactLocale() {
        #expect(LanguageCatalog.simplifiedChinese.numbers.compactLocale == "zh_CN")
        #expect(LanguageCatalog.simplifiedChinese.numbers.compactFirstUnit == 10_000)
        #expect(LanguageCatalog.english.numbers.compactLocale == "en_US")
        #expect(LanguageCatalog.english.numbers.compactFirstUnit == 1_000)
    }
}

private extension String {
    var trimmingPrefixSpaces: Substring { drop { $0 == " " } }
}

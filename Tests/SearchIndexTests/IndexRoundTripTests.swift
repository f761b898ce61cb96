import Testing
@testable import SearchIndex

/// Build an index, then query it in Swift against the written files.
@Suite struct IndexRoundTripTests {
    static let site = [
        SearchDocument(url: "index.html", title: "卷积神经网络如何减少参数", sections: [
            SearchSection(id: "", heading: "", text: "从一张图片出发，算一算全连接、局部感受野、权值共享各需要多少参数。"),
        ]),
        SearchDocument(url: "02-local.html", title: "局部连接", sections: [
            SearchSection(id: "", heading: "", text: "每个神经元只看一小块区域。"),
            SearchSection(id: "局部感受野", heading: "局部感受野", text: "感受野为十乘十时，每个神经元只有一百个权值。"),
        ]),
        SearchDocument(url: "03-shared.html", title: "权值共享", sections: [
            SearchSection(id: "", heading: "", text: "所有位置使用同一个卷积核。"),
            SearchSection(id: "同一组权值", heading: "同一组权值", text: "在 PyTorch 里写作 nn.Conv2d(1, 100, kernel_size=10)。"),
            SearchSection(id: "为什么可以共享", heading: "为什么可以共享", text: "图像的统计特性在各个位置大致相同，这正是共享权值的依据。\n</script><b>\"引号\"</b>"),
        ]),
    ]

    static func files(_ documents: [SearchDocument], builder: SearchIndexBuilder = SearchIndexBuilder()) -> [String: String] {
        Dictionary(uniqueKeysWithValues: builder.build(documents).map { ($0.path, $0.contents) })
    }

    static func reader(_ files: [String: String]) throws -> SearchIndexReader {
        try SearchIndexReader(readFile: { files[$0] })
    }

    @Test func aPhraseFindsItsSectionsWithTheTitleMatchFirst() throws {
        let hits = try Self.reader(Self.files(Self.site)).search("权值共享")
        #expect(hits.map(\.url) == ["03-shared.html", "03-shared.html", "03-shared.html", "index.html"])
        #expect(hits.first?.sectionID == "")
    }

    @Test func aHeadingMatchRanksAboveABodyMatch() throws {
        let hits = try Self.reader(Self.files(Self.site)).search("感受野")
        #expect(hits.map(\.sectionID) == ["局部感受野", ""])
        #expect(hits.map(\.url) == ["02-local.html", "index.html"])
    }

    @Test func partsAreANDed() throws {
        let reader = try Self.reader(Self.files(Self.site))
        #expect(try reader.search("神经元 一百").map(\.sectionID) == ["局部感受野"])
        #expect(try reader.search("神经元 卷积核").isEmpty)
    }

    @Test func aWordFindsTheWordsItIsPartOf() throws {
        let reader = try Self.reader(Self.files(Self.site))
        #expect(try reader.search("conv").map(\.sectionID) == ["同一组权值"])
        #expect(try reader.search("ＰＹＴＯＲＣＨ").map(\.sectionID) == ["同一组权值"])
        #expect(try reader.search("kernel_size").map(\.sectionID) == ["同一组权值"])
        #expect(try reader.search("onv").map(\.sectionID) == ["同一组权值"])
        #expect(try reader.search("torch").map(\.sectionID) == ["同一组权值"])
        #expect(try reader.search("onvx").isEmpty)
    }

    @Test func oneCharacterFindsEverySectionHoldingIt() throws {
        let reader = try Self.reader(Self.files(Self.site))
        #expect(try reader.search("核").map(\.sectionID) == [""])
        #expect(try reader.search("值").map(\.url) == ["03-shared.html", "03-shared.html", "03-shared.html", "index.html", "02-local.html"])
    }

    @Test func textThatLooksLikeMarkupSurvives() throws {
        let files = Self.files(Self.site)
        #expect(!files.values.contains { $0.contains("</script>") })
        let hit = try #require(try Self.reader(files).search("引号").first)
        #expect(hit.text.hasSuffix("</script><b>\"引号\"</b>"))
    }

    @Test func thePhraseIsRequired() throws {
        let documents = [SearchDocument(url: "a.html", title: "甲", sections: [
            SearchSection(id: "", heading: "", text: "共享的权值"),
            SearchSection(id: "b", heading: "乙", text: "权值共享"),
        ])]
        let reader = try Self.reader(Self.files(documents))
        // Both sections hold 权值 and 共享; only one holds 值共 and the phrase.
        #expect(try reader.search("权值共享").map(\.sectionID) == ["b"])
        #expect(try reader.search("共享 权值").map(\.sectionID) == ["", "b"])
    }

    @Test func aOneCharacterWordFindsOnlyItself() throws {
        let documents = [SearchDocument(url: "a.html", title: "甲", sections: [
            SearchSection(id: "", heading: "", text: "x 1"), SearchSection(id: "b", heading: "乙", text: "xy 12"),
        ])]
        let reader = try Self.reader(Self.files(documents))
        #expect(try reader.search("x").map(\.sectionID) == [""])
        #expect(try reader.search("1").map(\.sectionID) == [""])
        #expect(try reader.search("xy").map(\.sectionID) == ["b"])
    }

    @Test func aMissingFileIsAnError() throws {
        var files = Self.files(Self.site)
        #expect(throws: SearchIndexReader.FileError.self) { try Self.reader([:]) }
        files = files.filter { !$0.key.hasPrefix("search/d/") }
        let reader = try Self.reader(files)
        #expect(throws: SearchIndexReader.FileError(path: "search/d/0.js")) { try reader.search("权值") }
    }

    /// Recall against a plain substring search over the folded section texts
    /// is complete, and after the phrase check so is precision, for every
    /// two- to four-character substring of a generated site's text.
    @Test func resultsEqualSubstringSearch() throws {
        let documents = GeneratedSite.documents(pages: 60)
        let builder = { var b = SearchIndexBuilder(); b.blockBytes = 2_000; b.targetShardBytes = 1_000; b.maxShardBytes = 4_000; return b }()
        let files = Self.files(documents, builder: builder)
        #expect(files.keys.filter { $0.hasPrefix("search/t/") }.count > 4)
        #expect(files.keys.filter { $0.hasPrefix("search/d/") }.count > 4)
        let folded = documents.flatMap { document in
            document.sections.map { SearchFolding.fold(document.title) + "\n" + SearchFolding.fold($0.heading) + "\n" + SearchFolding.fold($0.text) }
        }
        let reader = try Self.reader(files)
        for query in GeneratedSite.queries(from: documents) {
            let parsed = SearchQuery(query)
            let expected = folded.indices.filter { parsed.isContained(in: folded[$0]) }
            let candidates = Set(try reader.candidates(parsed).map(\.section))
            #expect(candidates.isSuperset(of: expected), "\(query): a section holding it is not a candidate: \(Set(expected).subtracting(candidates).sorted())")
            let found = try reader.search(query).map(\.section).sorted()
            #expect(found == expected, "\(query)")
        }
    }

    @Test func aQueryLoadsOnlyItsShards() throws {
        let documents = GeneratedSite.documents(pages: 60)
        var builder = SearchIndexBuilder()
        builder.targetShardBytes = 1_000
        builder.maxShardBytes = 4_000
        let files = Self.files(documents, builder: builder)
        let shardBytes = files.filter { $0.key.hasPrefix("search/t/") }.values.reduce(0) { $0 + $1.utf8.count }
        let reader = try Self.reader(files)
        _ = try reader.candidates(SearchQuery("卷积核"))
        #expect(reader.loadedBytes < shardBytes / 4)
    }
}

/// A deterministic site of Chinese sentences with some English and digits.
enum GeneratedSite {
    static let sentences = [
        "一幅一千乘一千的灰度图像有一百万个像素。", "局部感受野让每个神经元只连接输入中的一小块区域。",
        "权值共享让所有位置使用同一个卷积核，参数只剩下一百个。", "在 PyTorch 里写作 nn.Conv2d(1, 100, kernel_size=10)。",
        "池化层没有参数，它只是把相邻位置的响应合并成一个。", "全连接层常常占据网络参数的绝大部分，例如 AlexNet 的最后几层。",
        "用一百个卷积核就得到一百张特征图，参数也不过一万个。", "ひらがなとカタカナ、한국어 텍스트도 있다。",
    ]
    static let headings = ["问题的规模", "局部连接", "权值共享", "多个卷积核", "输出尺寸"]

    static func documents(pages: Int) -> [SearchDocument] {
        var state: UInt32 = 12_345
        func next(_ n: Int) -> Int {
            state = state &* 1_664_525 &+ 1_013_904_223
            return Int(state >> 8) % n
        }
        return (0..<pages).map { page in
            let sections = (0..<(1 + next(4))).map { index in
                let text = (0..<(1 + next(4))).map { _ in sentences[next(sentences.count)] }.joined()
                return index == 0 ? SearchSection(id: "", heading: "", text: text)
                    : SearchSection(id: "s\(index)", heading: headings[next(headings.count)] + " \(page).\(index)", text: text)
            }
            return SearchDocument(url: "p\(page).html", title: "第\(page)章 卷积网络", sections: sections)
        }
    }

    /// Every 2- to 4-character Han window of each sentence, words, and pairs of parts.
    static func queries(from documents: [SearchDocument]) -> [String] {
        var queries: Set<String> = ["pytorch", "Conv2d", "alexnet 参数", "net", "orch", "00", "ernel_si", "一百 卷积核", "100", "第1章", "规模 问题", "缺失的词", "カタ", "텍스"]
        for sentence in sentences + headings {
            let characters = Array(sentence).filter { $0.unicodeScalars.allSatisfy { ScalarClass.isCJK($0.value) } }
            for length in 1...4 where characters.count >= length {
                for start in stride(from: 0, through: characters.count - length, by: 3) {
                    queries.insert(String(characters[start..<(start + length)]))
                }
            }
        }
        return queries.sorted()
    }
}

import Testing
@testable import SiteCore

@Suite struct HeadingIDTests {
    @Test(arguments: [
        ("权值共享", "权值共享"),
        ("Weight Sharing (CNN)", "weight-sharing-cnn"),
        ("1. 全连接:10¹² 个参数", "1-全连接-10¹²-个参数"),
        ("God is good: 神真美好", "god-is-good-神真美好"),
        ("  --- ", "section"),
        ("", "section"),
        ("snake_case stays", "snake_case-stays"),
        ("多个卷积核,多张特征图", "多个卷积核-多张特征图"),
    ])
    func slugify(text: String, id: String) {
        #expect(HeadingID.slugify(text) == id)
    }

    @Test func duplicatesAreNumbered() {
        var uniquer = HeadingID.Uniquer()
        #expect(uniquer.unique("概述") == "概述")
        #expect(uniquer.unique("概述") == "概述-1")
        #expect(uniquer.unique("概述") == "概述-2")
        #expect(uniquer.unique("概述-1") == "概述-1-1")
        #expect(uniquer.unique("section") == "section")
        #expect(uniquer.unique("section") == "section-1")
    }
}

@Suite struct SlugTests {
    @Test(arguments: ["02-local", "权值共享", "ch_1.v2", "Weight-Sharing"])
    func validSlugs(_ slug: String) {
        #expect(Slug.problem(with: slug) == nil)
    }

    @Test(arguments: [
        ("", "it is empty"),
        ("index", "'index' is reserved for the site's own pages and folders"),
        ("Assets", "'Assets' is reserved for the site's own pages and folders"),
        (".hidden", "it must not start with '.'"),
        ("a/b", "use letters, digits, '-', '_' and '.' only (found '/')"),
        ("a b", "use letters, digits, '-', '_' and '.' only (found ' ')"),
    ])
    func invalidSlugs(_ slug: String, problem: String) {
        #expect(Slug.problem(with: slug) == problem)
    }

    /// `problem(with:)` lower-cases only slugs of up to 8 bytes to compare them
    /// with the reserved names, and reports Unicode slugs as the ASCII ones.
    @Test func theShortcutsHold() {
        #expect(Slug.reserved.allSatisfy { $0.utf8.count <= 8 })
        #expect(Slug.problem(with: "SITEMAP") != nil)
        #expect(Slug.problem(with: "权值-共享_2.v1") == nil)
        #expect(Slug.problem(with: "权值 共享") == "use letters, digits, '-', '_' and '.' only (found ' ')")
    }
}

@Suite struct VariableReferencesTests {
    @Test func findsTheTopLevelNamesTagsRead() {
        let names = VariableReferences.find(in: """
            <title>{{page.title}} · {{ site.title }}</title>{{{toc_html}}}
            {{#has_toc}}{{#toc}}<a href="#{{id}}">{{{title_html}}}</a>{{/toc}}{{/has_toc}}
            {{^empty(site.author)}}{{site.author}}{{/empty(site.author)}}{{> partials/nav}}{{! a comment }}
            <nav class="toc">{{&raw}}</nav>
            """)
        #expect(names.isSuperset(of: ["page", "site", "toc_html", "has_toc", "toc", "id", "title_html", "raw"]))
        #expect(!names.contains("nav"))
    }
}

@Suite struct HeadingIDFastPathTests {
    /// `isWordScalar` answers CJK Unified Ideographs without a property lookup:
    /// that holds only while every one of them is a letter.
    @Test func everyUnifiedIdeographIsALetter() {
        for value in Array(0x3400...0x4DBF) + Array(0x4E00...0x9FFF) {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(scalar.properties.generalCategory == .otherLetter, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }
}

@Suite struct HeadingIDSetTests {
    /// HTML compares ids code point by code point, so canonically equivalent
    /// spellings are different ids (String's == would call them equal).
    @Test func idsAreComparedByCodePoints() {
        var set = HeadingIDSet(["权值共享", "\u{E9}"])
        #expect(set.contains("权值共享"))
        #expect(set.contains("\u{E9}"))
        #expect(!set.contains("e\u{301}"))
        set.insert("e\u{301}")
        #expect(set.count == 3)
        #expect(set.sorted.count == 3)

        var uniquer = HeadingID.Uniquer()
        #expect(uniquer.unique("\u{E9}") == "\u{E9}")
        #expect(uniquer.unique("e\u{301}") == "e\u{301}")
        #expect(uniquer.unique("\u{E9}") == "\u{E9}-1")
    }
}

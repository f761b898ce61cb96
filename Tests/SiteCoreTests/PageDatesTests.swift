import Explainer
import Foundation
import Testing
import TestFolders
@testable import SiteCore

/// Last-updated dates: front matter `updated:`, site.yml `dates: git` over a
/// temporary repository, and the edit link.
@Suite struct PageDatesTests {
    private static let gitAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/git")

    private func git(_ arguments: [String], in folder: URL, date: String? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        if let date {
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
        }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
    }

    private func build(_ site: URL) throws -> [String: String] {
        var options = TestSupport.options(site)
        options.templates = TestFolders.repositoryRoot.appendingPathComponent("templates").path
        let memory = MemorySink()
        _ = try SiteBuild(options: options, plugins: [ExplainerPlugin()]).run(into: memory)
        return memory.files.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    private func append(_ text: String, to file: String, of site: URL) throws {
        let url = site.appendingPathComponent(file)
        try TestSupport.write(try TestSupport.read(url) + text, to: url)
    }

    @Test(.enabled(if: gitAvailable, "needs git at /usr/bin/git"))
    func gitDatesAreEachFilesLastCommitAndFrontMatterWins() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        try append("dates: git\n", to: "content/site.yml", of: site)
        // index.md dates itself in front matter, which wins over git.
        let index = site.appendingPathComponent("content/index.md")
        try TestSupport.write(try TestSupport.read(index).replacingOccurrences(of: "---\ntitle:", with: "---\nupdated: 2020-02-29\ntitle:"), to: index)
        try git(["init", "-q"], in: site)
        try git(["add", "-A"], in: site)
        try git(["commit", "-q", "-m", "first"], in: site, date: "2026-03-05T14:02:11+08:00")
        try append("\n又一段。\n", to: "content/02-local.md", of: site)
        try git(["commit", "-q", "-a", "-m", "second"], in: site, date: "2026-11-20T09:00:00+00:00")
        // A commit outside the content folder dates nothing in it.
        try append("\n", to: "templates/base.mustache", of: site)
        try git(["commit", "-q", "-a", "-m", "theme"], in: site, date: "2026-12-01T00:00:00Z")

        let dates = GitDates.lastCommits(in: site.appendingPathComponent("content"))
        #expect(dates["01-full.md"]?.datetime == "2026-03-05T14:02:11+08:00")
        #expect(dates["02-local.md"]?.datetime == "2026-11-20T09:00:00+00:00")
        #expect(dates["base.mustache"] == nil && dates["templates/base.mustache"] == nil)

        let files = try build(site)
        #expect(files["01-full.html"]?.contains("<p class=\"page-info page-updated\">最后更新 <time datetime=\"2026-03-05T14:02:11+08:00\">2026年3月5日</time></p>") == true)
        #expect(files["02-local.html"]?.contains("<time datetime=\"2026-11-20T09:00:00+00:00\">2026年11月20日</time>") == true)
        let feed = try #require(files["feed.xml"])
        #expect(feed.contains("<updated>2026-11-20T09:00:00+00:00</updated>"))
        // The home page's own date came from its front matter.
        let plan = try SiteBuild(options: TestSupport.options(site), plugins: [ExplainerPlugin()]).frontEnd.plan()
        #expect(plan.pages.first?.meta.updated?.datetime == "2020-02-29")
    }

    @Test func outsideGitDatesGitBuildsAsBefore() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let before = try build(site)
        try append("dates: git\n", to: "content/site.yml", of: site)
        // The temporary folder is in no repository: no dates, no error.
        #expect(GitDates.lastCommits(in: site.appendingPathComponent("content")).isEmpty)
        let after = try build(site)
        #expect(after["01-full.html"] == before["01-full.html"])
        #expect(after["01-full.html"]?.contains("<time") == false)
    }

    @Test func gitLogOutputIsReadNewestFirst() {
        let log = "\u{0}2026-05-01T10:00:00+02:00\n\n权值共享.md\n02-local.md\n\u{0}2026-01-01T00:00:00Z\n\n02-local.md\n01-full.md\n"
        let dates = GitDates.parse(log)
        #expect(dates["权值共享.md"]?.datetime == "2026-05-01T10:00:00+02:00")
        #expect(dates["02-local.md"]?.datetime == "2026-05-01T10:00:00+02:00")
        #expect(dates["01-full.md"]?.datetime == "2026-01-01T00:00:00Z")
    }

    @Test func frontMatterDatesAreShownInTheSitesLanguage() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let chapter = site.appendingPathComponent("content/01-full.md")
        try TestSupport.write(try TestSupport.read(chapter).replacingOccurrences(of: "---\ntitle:", with: "---\nupdated: 2026-03-05\ntitle:"), to: chapter)
        let files = try build(site)
        #expect(files["01-full.html"]?.contains("最后更新 <time datetime=\"2026-03-05\">2026年3月5日</time>") == true)
        #expect(files["02-local.html"]?.contains("<time") == false)
    }

    @Test func aBadDateIsAnErrorAtItsValue() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        let chapter = site.appendingPathComponent("content/01-full.md")
        try TestSupport.write(try TestSupport.read(chapter).replacingOccurrences(of: "---\ntitle:", with: "---\nupdated: 2026-02-30\ntitle:"), to: chapter)
        #expect {
            try build(site)
        } throws: { error in
            (error as? BuildFailure)?.description.contains("content/01-full.md:2:10: error: 'updated' must be a date written YYYY-MM-DD (or an RFC 3339 date-time), not '2026-02-30'") == true
        }
    }

    @Test func anUnknownDatesSourceIsASiteYMLError() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        try append("dates: gti\n", to: "content/site.yml", of: site)
        #expect {
            try build(site)
        } throws: { error in
            (error as? BuildFailure)?.description.contains("error: 'dates' must be front_matter or git, not 'gti'; did you mean 'git'?") == true
        }
    }

    @Test func theEditLinkIsEditURLAndTheSourceFile() throws {
        let site = try TestFolders.copyFixture("basic-site")
        defer { TestSupport.cleanUp(site) }
        try append("edit_url: https://github.com/example/docs/edit/main/content\n", to: "content/site.yml", of: site)
        let files = try build(site)
        #expect(files["02-local.html"]?.contains("<p class=\"page-info page-edit\"><a href=\"https://github.com/example/docs/edit/main/content/02-local.md\">编辑本页</a></p>") == true)
    }

    @Test func datesParseAsRFC3339Says() {
        #expect(PageDate("2024-02-29")?.day == 29)
        #expect(PageDate("2023-02-29") == nil)
        #expect(PageDate("2026-03-05T14:02:11.5Z")?.rfc3339 == "2026-03-05T14:02:11.5Z")
        #expect(PageDate("2026-03-05")?.rfc3339 == "2026-03-05T00:00:00Z")
        for bad in ["2026-3-5", "2026-03-05T14:02", "2026-03-05 14:02:11Z", "2026-03-05T14:02:11", "2026-03-05T25:00:00Z", "yesterday"] {
            #expect(PageDate(bad) == nil, "\(bad)")
        }
    }
}

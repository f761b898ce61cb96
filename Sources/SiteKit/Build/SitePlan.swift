import ConfigTree
import Networks
import ParamEngine

/// The site-wide pass before pages render: number format, models, every
/// page's scenario, titles and URLs. Everything a page needs from the rest
/// of the site is here, so pages can render in parallel.
///
/// A class, immutable once made: every page's renderer and blocks hold the
/// plan, and sharing one reference costs one reference count where copying
/// the struct cost one per field, each an atomic operation the cores contend for.
final class SitePlan: Sendable {
    /// The site's title and description with their placeholders filled.
    let siteTitle: (html: String, text: String)
    let siteDescription: String
    let defaultFormat: NumberFormat
    let siteScenario: Scenario
    /// Scenarios by name: `site` and each chapter's slug.
    let scenarios: [String: Scenario]
    let models: [String: NetworkModel]
    let home: PageMeta
    let homeNumbers: NumberContext
    let chapters: [PageMeta]
    let chapterNumbers: [NumberContext]
    let links: LinkTargets

    init(
        siteTitle: (html: String, text: String), siteDescription: String, defaultFormat: NumberFormat, siteScenario: Scenario,
        scenarios: [String: Scenario], models: [String: NetworkModel], home: PageMeta, homeNumbers: NumberContext,
        chapters: [PageMeta], chapterNumbers: [NumberContext], links: LinkTargets
    ) {
        self.siteTitle = siteTitle
        self.siteDescription = siteDescription
        self.defaultFormat = defaultFormat
        self.siteScenario = siteScenario
        self.scenarios = scenarios
        self.models = models
        self.home = home
        self.homeNumbers = homeNumbers
        self.chapters = chapters
        self.chapterNumbers = chapterNumbers
        self.links = links
    }

    static func make(_ source: SiteSource) throws(BuildFailure) -> SitePlan {
        var diagnostics: [Diagnostic] = []

        var formatSink = DiagnosticSink(path: source.config.sourcePath)
        var defaultFormat = NumberFormat.sci
        do {
            defaultFormat = try NumberFormat.named(source.config.numberFormat, at: source.config.numberFormatLocation)
        } catch {
            formatSink.add(error)
        }
        diagnostics += formatSink.diagnostics

        // Models first: their totals are quantities every scenario can use.
        var models: [String: NetworkModel] = [:]
        var external: [(name: String, value: Int)] = []
        for model in source.models {
            var sink = DiagnosticSink(path: model.path)
            guard model.name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }), model.name.first?.isLetter == true else {
                sink.error("a model file name must be a name usable in expressions (letters, digits, '_'; starting with a letter), not '\(model.name)'")
                diagnostics += sink.diagnostics
                continue
            }
            do {
                let network = try NetworkModel(declaration: model.declaration)
                models[model.name] = network
                external += [
                    ("\(model.name)_total", network.totalParameters),
                    ("\(model.name)_conv", network.convolutionParameters),
                    ("\(model.name)_dense", network.denseParameters),
                ]
            } catch {
                sink.add(error)
            }
            diagnostics += sink.diagnostics
        }

        var paramsSink = DiagnosticSink(path: source.paramsPath)
        var siteScenario = Scenario.article
        do {
            siteScenario = try Scenario(declaration: source.params, base: nil, external: external)
        } catch {
            paramsSink.add(error)
        }
        diagnostics += paramsSink.diagnostics

        func numbers(for page: PageSource, sink: inout DiagnosticSink) -> NumberContext {
            guard let params = page.params else { return NumberContext(scenario: siteScenario, defaultFormat: defaultFormat) }
            do {
                let scenario = try Scenario(declaration: params, base: siteScenario, external: [])
                return NumberContext(scenario: scenario, defaultFormat: defaultFormat)
            } catch {
                sink.add(error)
                return NumberContext(scenario: siteScenario, defaultFormat: defaultFormat)
            }
        }

        func meta(for page: PageSource, url: String, number: Int?, numbers: NumberContext, sink: inout DiagnosticSink) -> PageMeta {
            let title = PlaceholderText.expand(page.title, numbers: numbers, at: page.titleLocation, sink: &sink)
            let description = PlaceholderText.expand(page.description, numbers: numbers, at: page.descriptionLocation, sink: &sink)
            return PageMeta(url: url, slug: page.slug, title: title.text, titleHTML: title.html, description: description.text, number: number)
        }

        var siteSink = DiagnosticSink(path: source.config.sourcePath)
        let siteNumbers = NumberContext(scenario: siteScenario, defaultFormat: defaultFormat)
        let siteTitle = PlaceholderText.expand(source.config.title, numbers: siteNumbers, at: source.config.titleLocation, sink: &siteSink)
        let siteDescription = PlaceholderText.expand(source.config.description, numbers: siteNumbers, at: source.config.descriptionLocation, sink: &siteSink).text
        diagnostics += siteSink.diagnostics

        var scenarios: [String: Scenario] = ["site": siteScenario]
        var chapters: [PageMeta] = []
        var chapterNumbers: [NumberContext] = []
        for (index, page) in source.chapters.enumerated() {
            var sink = DiagnosticSink(path: page.path)
            let pageNumbers = numbers(for: page, sink: &sink)
            scenarios[page.slug] = pageNumbers.scenario
            chapters.append(meta(for: page, url: page.slug + ".html", number: index + 1, numbers: pageNumbers, sink: &sink))
            chapterNumbers.append(pageNumbers)
            diagnostics += sink.diagnostics
        }

        var homeSink = DiagnosticSink(path: source.home?.path ?? "index.md")
        let homeNumbers: NumberContext
        var home = PageMeta(url: "index.html", slug: "index", title: siteTitle.text, titleHTML: siteTitle.html, description: siteDescription, number: nil)
        if let page = source.home {
            homeNumbers = numbers(for: page, sink: &homeSink)
            if !page.title.isEmpty {
                home = meta(for: page, url: "index.html", number: nil, numbers: homeNumbers, sink: &homeSink)
            } else if !page.description.isEmpty {
                home.description = meta(for: page, url: "index.html", number: nil, numbers: homeNumbers, sink: &homeSink).description
            }
        } else {
            homeNumbers = NumberContext(scenario: siteScenario, defaultFormat: defaultFormat)
        }
        diagnostics += homeSink.diagnostics

        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics) }

        var pages: [String: String] = ["index.md": "index.html"]
        for page in source.chapters { pages[page.fileName] = page.slug + ".html" }
        let links = LinkTargets(pages: pages, files: Set(source.staticFiles))
        return SitePlan(
            siteTitle: siteTitle, siteDescription: siteDescription, defaultFormat: defaultFormat, siteScenario: siteScenario, scenarios: scenarios, models: models,
            home: home, homeNumbers: homeNumbers, chapters: chapters, chapterNumbers: chapterNumbers, links: links
        )
    }
}

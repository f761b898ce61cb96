import ConfigTree
import Localization
import Networks
import ParamEngine
import SiteCore

/// The explainer's site-wide pass: the default number format, the models,
/// and every page's scenario (the site's, or the page's `params:` over it).
final class ExplainerPlan: PluginPlan {
    let defaultFormat: NumberFormat
    let siteNumbers: NumberContext
    /// Scenarios by name: `site` and each chapter's slug.
    let scenarios: [String: Scenario]
    let models: [String: NetworkModel]
    /// The model files, by model name, for dependency tracking.
    let modelFiles: [String: String]
    /// Each page's numbers, by page; pages without `params:` use `siteNumbers`.
    let pageNumbers: [PageID: NumberContext]
    /// Fingerprints of scenarios and of pages' own numbers, by dependency
    /// key, made when first asked for: only a build that keeps dependencies
    /// (the preview) asks, and a site has a scenario per chapter.
    private let fingerprints = FingerprintCache()

    init(defaultFormat: NumberFormat, language: LanguageCatalog, siteScenario: Scenario, scenarios: [String: Scenario], models: [String: NetworkModel], modelFiles: [String: String], pageNumbers: [PageID: NumberContext]) {
        self.defaultFormat = defaultFormat
        self.siteNumbers = NumberContext(scenario: siteScenario, defaultFormat: defaultFormat, language: language)
        self.scenarios = scenarios
        self.models = models
        self.modelFiles = modelFiles
        self.pageNumbers = pageNumbers
    }

    /// Over every quantity's name and value, and the default format: all a
    /// page's numbers come from these.
    static func fingerprint(of numbers: NumberContext) -> Fingerprint {
        var fingerprint = Fingerprint()
        fingerprint.combine(numbers.defaultFormat.rawValue)
        for quantity in numbers.scenario.quantities {
            fingerprint.combine(quantity.name)
            fingerprint.combine(quantity.value)
        }
        return fingerprint
    }

    static func make(_ site: SiteSource, diagnostics: inout [Diagnostic]) -> ExplainerPlan {
        var formatSink = DiagnosticSink(path: site.config.sourcePath)
        var defaultFormat = NumberFormat.auto
        do {
            defaultFormat = try NumberFormat.named(site.config.numberFormat, at: site.config.numberFormatLocation)
        } catch {
            formatSink.add(error)
        }
        diagnostics += formatSink.diagnostics

        // Models first: their totals are quantities every scenario can use.
        var models: [String: NetworkModel] = [:]
        var modelFiles: [String: String] = [:]
        var external: [(name: String, value: Int)] = []
        for file in site.dataFiles {
            guard let name = ExplainerPlugin.modelName(file.relativePath) else { continue }
            var sink = DiagnosticSink(path: file.path)
            defer { diagnostics += sink.diagnostics }
            guard let declaration = file.node else {
                sink.error("the model file is empty")
                continue
            }
            guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }), name.first?.isLetter == true else {
                sink.error("a model file name must be a name usable in expressions (letters, digits, '_'; starting with a letter), not '\(name)'")
                continue
            }
            do {
                let network = try NetworkModel(declaration: declaration)
                // Pages and expressions know the model by its file's name; a different `name:` would be silently ignored.
                guard network.declaredName == name else {
                    sink.error("the model is named '\(network.declaredName)' but its file is \(name).yml; blocks and quantities use the file's name, so make them the same", at: network.nameLocation)
                    continue
                }
                models[name] = network
                modelFiles[name] = file.relativePath
                external += [
                    ("\(name)_total", network.totalParameters),
                    ("\(name)_conv", network.convolutionParameters),
                    ("\(name)_dense", network.denseParameters),
                    ("\(name)_other", network.otherParameters),
                ]
            } catch {
                sink.add(error)
            }
        }

        var paramsSink = DiagnosticSink(path: site.displayPath(ExplainerPlugin.paramsFile))
        var siteScenario = Scenario.article
        do {
            siteScenario = try Scenario(declaration: site.dataFile(ExplainerPlugin.paramsFile)?.node, base: nil, external: external)
        } catch {
            paramsSink.add(error)
        }
        diagnostics += paramsSink.diagnostics

        var scenarios: [String: Scenario] = [ScenarioNames.site: siteScenario]
        var pageNumbers: [PageID: NumberContext] = [:]
        for (id, page) in [(PageID.home, site.home)] + site.pages.map({ (PageID($0.fileName), Optional($0)) }) {
            guard let page else { continue }
            var sink = DiagnosticSink(path: page.path)
            let scenario = pageScenario(page, site: siteScenario, sink: &sink)
            if id != .home { scenarios[page.slug] = scenario }
            if page.extra["params"] != nil { pageNumbers[id] = NumberContext(scenario: scenario, defaultFormat: defaultFormat, language: site.config.words) }
            diagnostics += sink.diagnostics
        }
        return ExplainerPlan(defaultFormat: defaultFormat, language: site.config.words, siteScenario: siteScenario, scenarios: scenarios, models: models, modelFiles: modelFiles, pageNumbers: pageNumbers)
    }

    /// The page's own scenario (`params:` over the site's), or the site's.
    static func pageScenario(_ page: PageSource, site: Scenario, sink: inout DiagnosticSink) -> Scenario {
        guard let params = page.extra["params"] else { return site }
        do {
            return try Scenario(declaration: params, base: site, external: [])
        } catch {
            sink.add(error)
            return site
        }
    }

    /// The numbers of a page of the site (nil: the site's own settings).
    func numbers(for page: PageID?) -> NumberContext {
        page.flatMap { pageNumbers[$0] } ?? siteNumbers
    }

    func expandText(_ text: String, for page: PageID?, at location: SourceLocation, sink: inout DiagnosticSink) -> (html: String, text: String)? {
        PlaceholderText.expand(text, numbers: numbers(for: page), at: location, sink: &sink)
    }

    func pageWork(for page: Page, context: PageWorkContext) -> any PageWork {
        var numbers = numbers(for: page.id)
        var scenarioErrors = DiagnosticSink(path: page.diagnosticPath)
        if pageNumbers[page.id] == nil, let source = page.source, source.extra["params"] != nil {
            // A page outside the site's plan (`sitegen render` of a lone file) gets its scenario here.
            numbers.scenario = Self.pageScenario(source, site: siteNumbers.scenario, sink: &scenarioErrors)
        }
        context.dependencies.record(.plugin(Self.pageNumbersKey(page.id)))
        return ExplainerPageWork(plan: self, numbers: numbers, figures: context.figures, dependencies: context.dependencies, scenarioErrors: scenarioErrors.diagnostics)
    }

    /// The dependency on a scenario by name (`scenario: 02-local` in a diagram).
    static func scenarioKey(_ name: String) -> String { "scenario:" + name }
    /// The dependency on a page's own numbers.
    static func pageNumbersKey(_ page: PageID) -> String { "numbers:" + page.rawValue }

    func fingerprint(of key: String) -> Fingerprint? {
        if key.hasPrefix("scenario:") {
            guard let scenario = scenarios[String(key.dropFirst("scenario:".count))] else { return nil }
            return fingerprints.value(for: key) {
                Self.fingerprint(of: NumberContext(scenario: scenario, defaultFormat: defaultFormat, language: siteNumbers.language))
            }
        }
        if key.hasPrefix("numbers:") {
            let page = PageID(String(key.dropFirst("numbers:".count)))
            guard let numbers = pageNumbers[page] else { return fingerprint(of: Self.scenarioKey(ScenarioNames.site)) }
            return fingerprints.value(for: key) { Self.fingerprint(of: numbers) }
        }
        return nil
    }
}

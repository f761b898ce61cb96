import ConfigTree
import SiteCore

/// The explainer as a plugin of the site core: the parameter engine's
/// scenarios and placeholders, and the `params`, `diagram` and `model`
/// blocks. It reads `params.yml` (the site's scenario), `models/*.yml` (also
/// published, for readers to download) and each page's `params:`.
public struct ExplainerPlugin: SitePlugin {
    /// The site-wide scenario's file.
    static let paramsFile = "params.yml"
    /// Where model declarations live: `models/NAME.yml`.
    static let modelsFolder = "models/"

    public init() {}

    public var frontMatterKeys: [String] { ["params"] }

    /// `site` names the site-wide scenario (`scenario: site` in a diagram).
    public var reservedSlugs: Set<String> { [ScenarioNames.site] }

    public func dataFileUse(_ relativePath: String) -> DataFileUse {
        if relativePath == Self.paramsFile { return .read }
        if Self.modelName(relativePath) != nil { return .readAndPublish }
        return .none
    }

    /// `models/lenet.yml` → `lenet`; nil for any other path.
    static func modelName(_ relativePath: String) -> String? {
        guard relativePath.hasPrefix(modelsFolder), relativePath.hasSuffix(".yml") else { return nil }
        let name = relativePath.dropFirst(modelsFolder.count).dropLast(".yml".count)
        return name.contains("/") ? nil : String(name)
    }

    public func plan(_ site: SiteSource, diagnostics: inout [Diagnostic]) -> any PluginPlan {
        ExplainerPlan.make(site, diagnostics: &diagnostics)
    }
}

/// Names of scenarios besides the chapters' slugs.
enum ScenarioNames {
    static let site = "site"
}

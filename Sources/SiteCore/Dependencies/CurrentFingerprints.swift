/// The fingerprints of a site's inputs as they are now: a plan and its
/// templates. Recorded when a page renders, compared on the next build.
public struct CurrentFingerprints: DependencyFingerprints {
    public let plan: SitePlan
    public let templates: TemplateSet

    public init(plan: SitePlan, templates: TemplateSet) {
        self.plan = plan
        self.templates = templates
    }

    public func fingerprint(of key: DependencyKey) -> Fingerprint? {
        switch key {
        case .contentFile(let path):
            if let page = plan[PageID(path)], let source = page.source { return source.fingerprint }
            return plan.source.dataFile(path)?.fingerprint
        case .template(let name):
            return templates.fingerprint(of: name)
        case .site:
            return plan.siteFingerprint
        case .navigation:
            return plan.navigationFingerprint
        case .pageMeta(let id):
            return plan[id]?.meta.fingerprint
        case .neighbours(let id):
            guard let page = plan[id] else { return nil }
            let (previous, next) = plan.neighbours(of: page)
            var fingerprint = Fingerprint()
            fingerprint.combine(previous?.meta.fingerprint ?? .absent)
            fingerprint.combine(next?.meta.fingerprint ?? .absent)
            return fingerprint
        case .plugin(let name):
            return plan.pluginPlans.lazy.compactMap { $0.fingerprint(of: name) }.first
        }
    }

    /// The recorded keys with their current fingerprints.
    func dependencies(of keys: [DependencyKey]) -> PageDependencies {
        PageDependencies(entries: keys.map { PageDependencies.Entry(key: $0, fingerprint: fingerprint(of: $0) ?? .absent) })
    }
}

/// `sitegen build`: the whole build into the output folder on disk.
public enum SiteBuilder {
    public static func build(_ options: BuildOptions, plugins: [any SitePlugin], siteSteps: [any SiteStep] = SiteBuild.standardSteps) throws(BuildFailure) -> BuildSummary {
        try SiteBuild(options: options, plugins: plugins, siteSteps: siteSteps).run(into: DiskSink(options: options)).summary
    }
}

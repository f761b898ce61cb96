/// `sitegen build`: the whole build into the output folder on disk, once:
/// no later build compares with it, so pages keep no dependency fingerprints.
public enum SiteBuilder {
    public static func build(_ options: BuildOptions, plugins: [any SitePlugin], siteSteps: [any SiteStep] = SiteBuild.standardSteps) throws(BuildFailure) -> BuildSummary {
        var build = SiteBuild(options: options, plugins: plugins, siteSteps: siteSteps)
        build.fingerprintsDependencies = false
        return try build.run(into: DiskSink(options: options)).summary
    }
}

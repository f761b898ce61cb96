/// sitegen's version, shown by `--version` and in the `generator` template variable.
public enum SitegenVersion {
    public static let current = "0.1.0"
}

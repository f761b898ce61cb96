/// The home page's names, in one place: its optional source file, its
/// output file and its slug (which also names its figures).
public enum HomePage {
    public static let sourceFile = "index.md"
    public static let url = "index.html"
    public static let slug = "index"
}

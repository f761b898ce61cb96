import Mustache

/// How `{{x}}` escapes in sitegen's templates: swift-mustache's HTML escaping
/// (`& < > " '`), done on UTF-8 bytes.
///
/// swift-mustache's own HTML escaping walks the text Character by Character
/// and looks each one up in a dictionary: for a few titles and URLs per page,
/// about 3% of a 10,000-page build. Per Character, it also leaves a quote
/// followed by a combining mark unescaped, which can end an attribute early;
/// per byte, every quote is escaped.
///
/// swift-mustache starts every template in its built-in HTML escaping; a
/// template picks another with the pragma `{{% CONTENT_TYPE: NAME}}`. So
/// sitegen registers this one and compiles every template with that pragma on
/// a line of its own before the first line (a standalone tag: it renders as
/// nothing, and the template's own first line keeps its meaning). A template
/// that names a content type itself still gets the one it names.
struct TemplateEscaping: MustacheContentType {
    static let name = "SITEGEN_HTML"

    /// Put before a template's text when it is compiled.
    static let pragmaLine = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Registers the content type (once per process is enough; again is harmless).
    static func register() {
        MustacheContentTypes.register(TemplateEscaping(), named: name)
    }

    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text, apostrophes: true)
    }
}

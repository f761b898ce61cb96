/// One error of a failed preview build, as the terminal and the browser show it.
public struct PreviewDiagnostic: Sendable, Equatable {
    /// The compiler-style text, as `sitegen build` prints it:
    /// `path:line:col: error: message`, then (when the source can be shown)
    /// the source line and a caret under the column, joined by line breaks.
    /// The error overlay and the reload events show exactly this.
    public var text: String
    /// What the terminal prints for it: `text`, unless the command was asked
    /// for another format (one JSON object with `--diagnostics json`).
    public var terminal: String

    public init(text: String, terminal: String? = nil) {
        self.text = text
        self.terminal = terminal ?? text
    }
}

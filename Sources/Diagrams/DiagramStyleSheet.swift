/// The `<style>` embedded in every figure.
///
/// Colours are CSS custom properties with fallbacks, so the same file reads
/// well on its own (light, and dark through `prefers-color-scheme`) and a page
/// that inlines it can retheme it by setting the properties on any ancestor:
///
/// | property | used for | light | dark |
/// |---|---|---|---|
/// | `--dg-font` | all text | system UI fonts with CJK fallbacks | |
/// | `--dg-ink` | labels, outlines, neurons (and colour 9) | #1F2328 | #E6EDF3 |
/// | `--dg-paper` | background, neuron fill | #FFFFFF | #0D1117 |
/// | `--dg-muted` | notes, axes, ellipses | #59636E | #9198A1 |
/// | `--dg-grid` | pixel grid lines, ladder rules | #8C959F | #596069 |
/// | `--dg-cell` | pixel fill | #F3F5F7 | #1A2029 |
/// | `--dg-edge` | connections of the full diagram | #0072B2 | #56B4E9 |
/// | `--dg-accent` | ladder bars | #0072B2 | #56B4E9 |
/// | `--dg-c1` … `--dg-c9` | weight positions, units, kernels | Okabe–Ito, see `DiagramPalette` | |
///
/// Properties are never declared by the figure itself (only used with
/// fallbacks), so values a page sets on `:root` or the `<figure>` inherit in.
/// Each declaration is written twice, plain and with `var()`, so renderers
/// without custom-property support still get the fallback colours.
/// Only the rules whose classes occur in the figure are written.
///
/// Inline in a page, every figure's `<style>` applies to the whole document,
/// in document order, so no figure may rely on the order of its own rules:
/// a later figure's `.dg-edge` would override an earlier figure's colours.
/// Hence two tiers: base classes (`.dg-edge`) and modifiers scoped with the
/// root class (`.dg-diagram .dg-s1`), which win by specificity wherever they
/// are written. Within a tier no two classes on one element set the same
/// property (the tests check this), and each rule's dark variant follows its
/// light one, so the last figure's rules are right in either mode.
enum DiagramStyleSheet {
    /// A themeable colour: a custom property with light and dark fallbacks.
    struct Token: Sendable, Hashable {
        var variable: String
        var light: String
        var dark: String
    }

    enum Value: Sendable, Hashable {
        case plain(String)
        case token(Token)
    }

    struct Rule: Sendable {
        /// The class the rule styles; the rule is written when it is used.
        var className: String
        var declarations: [(property: String, value: Value)]
        /// Modifiers refine a base class on the same element.
        var isModifier = false

        var selector: String { isModifier ? ".dg-diagram .\(className)" : ".\(className)" }
    }

    static let ink = Token(variable: "--dg-ink", light: "#1F2328", dark: "#E6EDF3")
    static let paper = Token(variable: "--dg-paper", light: "#FFFFFF", dark: "#0D1117")
    static let muted = Token(variable: "--dg-muted", light: "#59636E", dark: "#9198A1")
    static let grid = Token(variable: "--dg-grid", light: "#8C959F", dark: "#596069")
    static let cell = Token(variable: "--dg-cell", light: "#F3F5F7", dark: "#1A2029")
    static let edge = Token(variable: "--dg-edge", light: "#0072B2", dark: "#56B4E9")
    static let accent = Token(variable: "--dg-accent", light: "#0072B2", dark: "#56B4E9")
    static let fontStack = "system-ui,-apple-system,\"PingFang SC\",\"Hiragino Sans GB\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif"

    /// Base rules first, then modifiers (each tier with its dark block).
    static let tiers: [[Rule]] = [baseRules, modifierRules + colourRules + dashRules]

    private static let baseRules: [Rule] = [
        Rule(className: "dg-diagram", declarations: [("font-family", .plain(fontStack))]),
        Rule(className: "dg-paper", declarations: [("fill", .token(paper))]),
        Rule(className: "dg-text", declarations: [("fill", .token(ink)), ("font-size", .plain("14px"))]),
        Rule(className: "dg-note", declarations: [("fill", .token(muted)), ("font-size", .plain("13px"))]),
        Rule(className: "dg-strong", declarations: [("font-weight", .plain("600"))]),
        Rule(className: "dg-mid", declarations: [("text-anchor", .plain("middle"))]),
        Rule(className: "dg-end", declarations: [("text-anchor", .plain("end"))]),
        Rule(className: "dg-cell", declarations: [("fill", .token(cell)), ("stroke", .token(grid)), ("stroke-width", .plain("1"))]),
        Rule(className: "dg-gridline", declarations: [("fill", .plain("none")), ("stroke", .token(grid)), ("stroke-width", .plain("0.6"))]),
        Rule(className: "dg-edge", declarations: [("fill", .plain("none")), ("stroke", .token(edge)), ("stroke-width", .plain("1"))]),
        Rule(className: "dg-unit", declarations: [("fill", .token(paper)), ("stroke", .token(ink)), ("stroke-width", .plain("1.5"))]),
        Rule(className: "dg-outline", declarations: [("fill", .plain("none")), ("stroke", .token(ink)), ("stroke-width", .plain("2"))]),
        Rule(className: "dg-axis", declarations: [("fill", .plain("none")), ("stroke", .token(muted)), ("stroke-width", .plain("1"))]),
        Rule(className: "dg-rule", declarations: [("fill", .plain("none")), ("stroke", .token(grid)), ("stroke-width", .plain("0.8")), ("stroke-dasharray", .plain("2 3"))]),
        Rule(className: "dg-bar", declarations: [("fill", .token(accent))]),
        Rule(className: "dg-ellipsis", declarations: [("fill", .token(muted)), ("font-size", .plain("20px"))]),
    ]

    private static let modifierRules: [Rule] = [
        Rule(className: "dg-small", declarations: [("font-size", .plain("11px"))], isModifier: true),
        Rule(className: "dg-tiny", declarations: [("font-size", .plain("9px"))], isModifier: true),
        Rule(className: "dg-faint", declarations: [("stroke-opacity", .plain("0.45"))], isModifier: true),
        Rule(className: "dg-thin", declarations: [("stroke-width", .plain("0.5"))], isModifier: true),
        Rule(className: "dg-bold", declarations: [("stroke-width", .plain("2"))], isModifier: true),
        Rule(className: "dg-tint", declarations: [("fill-opacity", .plain("0.3"))], isModifier: true),
    ]

    private static let colourRules: [Rule] = DiagramPalette.swatches.flatMap { swatch -> [Rule] in
        let token = Token(variable: swatch.variable, light: swatch.light, dark: swatch.dark)
        return [
            Rule(className: DiagramPalette.strokeClass(swatch.index), declarations: [("stroke", .token(token))], isModifier: true),
            Rule(className: DiagramPalette.fillClass(swatch.index), declarations: [("fill", .token(token))], isModifier: true),
        ]
    }

    private static let dashRules: [Rule] = [
        Rule(className: DiagramPalette.dashClass(2), declarations: [("stroke-dasharray", .plain("7 3"))], isModifier: true),
        Rule(className: DiagramPalette.dashClass(3), declarations: [("stroke-dasharray", .plain("0.5 3.5")), ("stroke-linecap", .plain("round"))], isModifier: true),
    ]

    /// The CSS for a figure whose elements use `classes`.
    /// The smallest font size, in viewBox units, that the rules for `classes` set
    /// (a modifier such as `dg-tiny` overrides a base class's size on its element).
    static func smallestFontSize(forClasses classes: Set<String>) -> Double? {
        tiers.joined()
            .filter { classes.contains($0.className) }
            .compactMap { rule -> Double? in
                guard let size = rule.declarations.first(where: { $0.property == "font-size" }),
                      case .plain(let text) = size.value else { return nil }
                return Double(text.replacingOccurrences(of: "px", with: ""))
            }
            .min()
    }

    static func css(forClasses classes: Set<String>) -> String {
        var css = ""
        for tier in tiers {
            let used = tier.filter { classes.contains($0.className) }
            var dark = ""
            for rule in used {
                css += "\(rule.selector){\(declarations(rule, dark: false))}\n"
                let themed = rule.declarations.contains { declaration in
                    if case .token(let token) = declaration.value { return token.light != token.dark }
                    return false
                }
                if themed {
                    dark += "\(rule.selector){\(declarations(rule, dark: true, onlyThemed: true))}\n"
                }
            }
            if !dark.isEmpty {
                css += "@media (prefers-color-scheme:dark){\n" + dark + "}\n"
            }
        }
        return css
    }

    private static func declarations(_ rule: Rule, dark: Bool, onlyThemed: Bool = false) -> String {
        var text = ""
        for (property, value) in rule.declarations {
            switch value {
            case .plain(let plain):
                if onlyThemed { continue }
                if property == "font-family" {
                    text += "\(property):\(plain);\(property):var(--dg-font,\(plain));"
                } else {
                    text += "\(property):\(plain);"
                }
            case .token(let token):
                if onlyThemed && token.light == token.dark { continue }
                let fallback = dark ? token.dark : token.light
                text += "\(property):\(fallback);\(property):var(\(token.variable),\(fallback));"
            }
        }
        return text
    }
}

/// The figures' colours: the Okabe–Ito palette, safe for the common forms of
/// colour blindness, in an order that keeps the low-contrast yellow for last.
///
/// Each colour is a CSS custom property with the palette value as fallback,
/// so a page can retune it (`--dg-c1` … `--dg-c9`). Colour 9 is the ink colour
/// (Okabe–Ito's black), which follows light and dark mode.
enum DiagramPalette {
    struct Swatch: Sendable, Hashable {
        /// 1-based index used in class names (`dg-s3`, `dg-f3`).
        var index: Int
        var light: String
        var dark: String
        var variable: String { "--dg-c\(index)" }
    }

    static let swatches: [Swatch] = [
        Swatch(index: 1, light: "#E69F00", dark: "#E69F00"), // orange
        Swatch(index: 2, light: "#56B4E9", dark: "#56B4E9"), // sky blue
        Swatch(index: 3, light: "#009E73", dark: "#009E73"), // bluish green
        Swatch(index: 4, light: "#D55E00", dark: "#D55E00"), // vermillion
        Swatch(index: 5, light: "#0072B2", dark: "#0072B2"), // blue
        Swatch(index: 6, light: "#CC79A7", dark: "#CC79A7"), // reddish purple
        Swatch(index: 7, light: "#999999", dark: "#999999"), // grey
        Swatch(index: 8, light: "#F0E442", dark: "#F0E442"), // yellow
        Swatch(index: 9, light: "#1F2328", dark: "#E6EDF3"), // black: the ink
    ]

    /// Distinct colours available (one per weight position, unit or kernel).
    static var count: Int { swatches.count }

    /// Stroke in colour `index` (1-based, wraps around past the palette).
    static func strokeClass(_ index: Int) -> String { "dg-s\(wrapped(index))" }

    /// Fill in colour `index` (1-based, wraps around past the palette).
    static func fillClass(_ index: Int) -> String { "dg-f\(wrapped(index))" }

    /// Line patterns, the second cue beside colour: solid (`dg-d1`, which
    /// needs no CSS rule), dashed (`dg-d2`), dotted (`dg-d3`).
    static let dashPatternCount = 3

    static func dashClass(_ index: Int) -> String {
        "dg-d\((Swift.max(index, 1) - 1) % dashPatternCount + 1)"
    }

    private static func wrapped(_ index: Int) -> Int {
        (Swift.max(index, 1) - 1) % count + 1
    }
}

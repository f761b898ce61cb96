/// Rough text widths for layout: the figures are drawn at build time, where
/// no font is available, so widths are estimated per character class. The
/// estimates err wide, so text placed by them does not collide.
enum TextMetrics {
    /// Estimated advance of `text` at `fontSize`, in viewBox units.
    static func width(of text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            ems += advance(of: scalar)
        }
        return ems * fontSize
    }

    private static func advance(of scalar: Unicode.Scalar) -> Double {
        switch scalar.value {
        case 0x20: return 0.3
        case 0x21...0x7E:
            // Digits and most Latin letters are a little over half an em in UI fonts.
            return "ilIj.,:;'|!()[]".unicodeScalars.contains(scalar) ? 0.32 : 0.6
        case 0x2070...0x209F, 0xB2, 0xB3, 0xB9: return 0.42 // superscripts and subscripts
        case 0xD7: return 0.62 // ×
        case 0x2026, 0x22EE, 0x22EF: return 1.0 // ellipses
        default: return 1.0 // Han, full-width punctuation, anything else: a full em
        }
    }

    /// Joins `segments` into lines no wider than `maxWidth`, breaking only
    /// between segments (a segment wider than a line gets a line of its own).
    static func wrap(_ segments: [String], maxWidth: Double, fontSize: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for segment in segments {
            let candidate = current + segment
            if current.isEmpty || width(of: candidate, fontSize: fontSize) <= maxWidth {
                current = candidate
            } else {
                lines.append(current)
                current = segment
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

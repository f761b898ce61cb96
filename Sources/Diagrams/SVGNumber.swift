/// How every coordinate and length is written: rounded to one decimal, with a
/// whole number written without its ".0". The same value always gives the same
/// text (no platform float printing, no "0.30000000000000004"), which keeps the
/// output byte-for-byte reproducible and small.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        // Tenths as an integer; the figures are a few hundred units wide, so
        // this cannot overflow, but clamp anyway so no input can trap here.
        let tenths = (value * 10).rounded(.toNearestOrAwayFromZero)
        let clamped = Swift.min(Swift.max(tenths, -1e15), 1e15)
        let whole = Int(clamped)
        if whole == 0 { return "0" }
        let sign = whole < 0 ? "-" : ""
        let magnitude = whole.magnitude
        let integerPart = magnitude / 10
        let decimal = magnitude % 10
        return decimal == 0 ? "\(sign)\(integerPart)" : "\(sign)\(integerPart).\(decimal)"
    }
}

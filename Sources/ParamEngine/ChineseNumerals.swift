/// The `cn-count` format: a count in Chinese numerals, as prose writes small
/// and round counts (四个数量级, 一百个参数, 一万个参数, 一亿个连接).
///
/// Myriad grouping (万 = 10⁴, 亿 = 10⁸; 10¹² is 一万亿, 10¹⁶ 一亿亿), never 兆.
/// Rules: a run of zeros inside a number reads as one 零 (一千零一, 一万零一百);
/// 10–19 at the start read 十, 十一 (but 一百一十 inside); zero is 零.
/// Digits are 一二三…; the spoken 两 (两千) is not used, so every count reads
/// the same way. Foundation's spell-out is not used: it writes 10¹² as 一兆 and
/// zero as 〇 (the README's `cn-count` row shows the results).
enum ChineseNumerals {
    private static let digits: [String] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// The numerals for a non-negative count.
    static func count(_ value: Int) -> String {
        guard value > 0 else { return digits[0] }
        return spell(UInt(value), leading: true)
    }

    /// `value` > 0. `leading` is whether it begins the whole number (for 十 vs 一十).
    private static func spell(_ value: UInt, leading: Bool) -> String {
        if value >= 100_000_000 {
            return grouped(value, unit: 100_000_000, name: "亿", leading: leading)
        }
        if value >= 10_000 {
            return grouped(value, unit: 10_000, name: "万", leading: leading)
        }
        return belowTenThousand(value, leading: leading)
    }

    /// `high` units and a remainder: 一万零一百 (the 零 marks a skipped place).
    private static func grouped(_ value: UInt, unit: UInt, name: String, leading: Bool) -> String {
        let high = value / unit
        let rest = value % unit
        var text = spell(high, leading: leading) + name
        if rest > 0 {
            // The remainder has unit/10 as its highest place; a smaller remainder skipped a place.
            if rest < unit / 10 { text += digits[0] }
            text += spell(rest, leading: false)
        }
        return text
    }

    /// 1…9999 with 千, 百, 十.
    private static func belowTenThousand(_ value: UInt, leading: Bool) -> String {
        let places: [(unit: UInt, name: String)] = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
        var text = ""
        var pendingZero = false
        var started = false
        for place in places {
            let digit = Int((value / place.unit) % 10)
            if digit == 0 {
                if started { pendingZero = true }
                continue
            }
            if pendingZero { text += digits[0] }
            pendingZero = false
            // 十 alone for 10–19 at the start of a number; 一十 after other digits (一百一十).
            if !(place.unit == 10 && digit == 1 && !started && leading) {
                text += digits[digit]
            }
            text += place.name
            started = true
        }
        return text
    }
}

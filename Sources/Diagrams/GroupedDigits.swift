/// Whole numbers with thousands separators ("589,824"), as the figures that
/// count weights exactly write them (the separator is the same in zh-CN and en).
enum GroupedDigits {
    static func text(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }
}

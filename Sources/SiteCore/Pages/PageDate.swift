/// When a page last changed: front matter `updated:` (a date, `2026-03-05`)
/// or the last commit that touched its file (`dates: git`, a time with its
/// UTC offset, `2026-03-05T14:02:11+08:00`).
public struct PageDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// The text it was read from: a valid HTML `<time datetime>` either way.
    public var datetime: String

    /// Reads `YYYY-MM-DD`, optionally followed by `THH:MM:SS` (fractions
    /// allowed) and `Z` or `±HH:MM`: RFC 3339's full-date and date-time.
    /// Nil for anything else, including a day that its month does not have.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, of: year)
        else { return nil }
        if bytes.count > 10 {
            // THH:MM:SS[.fraction](Z|±HH:MM)
            guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
                  let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
                  hour < 24, minute < 60, second < 61
            else { return nil }
            var index = 19
            if bytes[index] == UInt8(ascii: ".") {
                index += 1
                let digitsStart = index
                while index < bytes.count, number(index..<(index + 1)) != nil { index += 1 }
                guard index > digitsStart else { return nil }
            }
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "Z") {
                guard index + 1 == bytes.count else { return nil }
            } else {
                guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"), index + 6 == bytes.count,
                      bytes[index + 3] == UInt8(ascii: ":"),
                      let offsetHours = number((index + 1)..<(index + 3)), let offsetMinutes = number((index + 4)..<(index + 6)),
                      offsetHours < 24, offsetMinutes < 60
                else { return nil }
            }
        }
        self.year = year
        self.month = month
        self.day = day
        self.datetime = text
    }

    /// Atom's dates are date-times: a date alone is taken as midnight UTC.
    public var rfc3339: String {
        datetime.utf8.count == 10 ? datetime + "T00:00:00Z" : datetime
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

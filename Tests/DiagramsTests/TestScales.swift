import Diagrams

/// Real scenarios as the site would pass them. The texts are what the site's
/// formatter wrote; the figures must show them exactly as given.
enum TestScales {
    /// The source article's scenario in the site's default `sci` format.
    static let article = DiagramScale(
        imageWidth: 1000, imageHeight: 1000, channels: 1,
        hidden: 1_000_000, hiddenText: "10⁶",
        fieldWidth: 10, fieldHeight: 10,
        filterCount: 100, filterCountText: "100",
        full: DiagramNumber(value: 1_000_000_000_000, text: "10¹²"),
        local: DiagramNumber(value: 100_000_000, text: "10⁸"),
        shared: DiagramNumber(value: 100, text: "100"),
        filters: DiagramNumber(value: 10_000, text: "10⁴"))

    /// The same scenario in the `cn` format.
    static let articleChinese = DiagramScale(
        imageWidth: 1000, imageHeight: 1000, channels: 1,
        hidden: 1_000_000, hiddenText: "100万",
        fieldWidth: 10, fieldHeight: 10,
        filterCount: 100, filterCountText: "100",
        full: DiagramNumber(value: 1_000_000_000_000, text: "1万亿"),
        local: DiagramNumber(value: 100_000_000, text: "1亿"),
        shared: DiagramNumber(value: 100, text: "100"),
        filters: DiagramNumber(value: 10_000, text: "1万"))

    /// The same scenario in the `compact` format of an English site.
    static let articleEnglish = DiagramScale(
        imageWidth: 1000, imageHeight: 1000, channels: 1,
        hidden: 1_000_000, hiddenText: "1M",
        fieldWidth: 10, fieldHeight: 10,
        filterCount: 100, filterCountText: "100",
        full: DiagramNumber(value: 1_000_000_000_000, text: "1T"),
        local: DiagramNumber(value: 100_000_000, text: "100M"),
        shared: DiagramNumber(value: 100, text: "100"),
        filters: DiagramNumber(value: 10_000, text: "10K"))

    /// A colour image with a 5×5 field and 32 kernels, grouped format:
    /// 32·32·3 inputs fully connected to 784 units, and so on.
    static let colour = DiagramScale(
        imageWidth: 32, imageHeight: 32, channels: 3,
        hidden: 784, hiddenText: "784",
        fieldWidth: 5, fieldHeight: 5,
        filterCount: 32, filterCountText: "32",
        full: DiagramNumber(value: 2_408_448, text: "2,408,448"),
        local: DiagramNumber(value: 58_800, text: "58,800"),
        shared: DiagramNumber(value: 75, text: "75"),
        filters: DiagramNumber(value: 2_400, text: "2,400"))
}

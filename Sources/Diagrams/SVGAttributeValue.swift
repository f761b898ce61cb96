/// A value that can be written as an SVG attribute: text as it is, numbers
/// through `SVGNumber` so every figure uses one number format.
public protocol SVGAttributeValue: Sendable {
    var svgAttributeText: String { get }
}

extension String: SVGAttributeValue {
    public var svgAttributeText: String { self }
}

extension Int: SVGAttributeValue {
    public var svgAttributeText: String { String(self) }
}

extension Double: SVGAttributeValue {
    public var svgAttributeText: String { SVGNumber.format(self) }
}

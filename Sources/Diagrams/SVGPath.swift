/// Path data (`d`) built from commands, with numbers in the shared format.
///
/// Edges are drawn as many "M x y L x y" subpaths of one `<path>`: a figure
/// with a thousand connections stays a few kilobytes, and one subpath is one
/// drawn connection (the tests count them).
struct SVGPath: Sendable, Hashable {
    private(set) var data = ""

    var isEmpty: Bool { data.isEmpty }

    mutating func move(to point: Point) {
        data += "M"
        appendPair(point)
    }

    mutating func line(to point: Point) {
        data += "L"
        appendPair(point)
    }

    /// One straight segment as its own subpath.
    mutating func segment(from start: Point, to end: Point) {
        move(to: start)
        line(to: end)
    }

    private mutating func appendPair(_ point: Point) {
        data += SVGNumber.format(point.x)
        data += " "
        data += SVGNumber.format(point.y)
    }
}

/// A point in the figure's coordinates (viewBox units).
struct Point: Sendable, Hashable {
    var x: Double
    var y: Double
}

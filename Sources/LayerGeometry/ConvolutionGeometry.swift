import ConfigTree

/// How a convolution pads its input, as PyTorch's `Conv2d(padding=…)` takes it.
public enum Padding: Sendable, Hashable, CustomStringConvertible {
    /// No padding.
    case valid
    /// Output as large as the input; PyTorch allows it for stride 1 only.
    case same
    /// This many zeros on each side.
    case explicit(Int)

    public var description: String {
        switch self {
        case .valid: return "valid"
        case .same: return "same"
        case .explicit(let amount): return "\(amount)"
        }
    }
}

/// Why a convolution's geometry is impossible.
public enum GeometryError: Error, Sendable, Hashable {
    /// `same` padding with a stride other than 1 (PyTorch refuses it too).
    case sameNeedsStrideOne(stride: Int)
    /// The dilated kernel, d·(k−1)+1 wide, does not fit in the padded input.
    case kernelLargerThanInput(extent: Int, paddedInput: Int)
    /// A size, stride or dilation that is zero or negative, or a negative padding.
    case nonPositive
    /// A pool's padding more than half its (dilated) kernel (PyTorch refuses it).
    case poolPaddingTooLarge(padding: Int, extent: Int)
    /// A size too large for 64-bit arithmetic.
    case overflow
}

/// Output sizes of a 2-D convolution or pool along one axis, as PyTorch's Conv2d,
/// MaxPool2d and AvgPool2d and Dumoulin & Visin, "A guide to convolution
/// arithmetic" (2016), define them:
///
///     o = ⌊(i + 2p − d·(k−1) − 1) / s⌋ + 1
///
/// `same` pads d·(k−1) in total, the smaller half before (left/top) and the rest
/// after, as PyTorch does; so an even kernel is padded lopsidedly (PyTorch warns).
/// The one implementation for the parameter engine's scenarios and the networks'
/// layers, so both give the same sizes and refuse the same geometry.
public enum ConvolutionGeometry {
    /// PyTorch's rule for `padding='same'`: the stride must be 1 (along every axis).
    public static func checkSame(_ padding: Padding, stride: Int) throws(GeometryError) {
        if padding == .same && stride != 1 { throw .sameNeedsStrideOne(stride: stride) }
    }

    /// The zeros added before (left/top) and after (right/bottom) the input along one axis.
    public static func padding(_ padding: Padding, kernel: Int, dilation: Int) throws(GeometryError) -> (before: Int, after: Int) {
        switch padding {
        case .valid:
            return (0, 0)
        case .explicit(let amount):
            guard amount >= 0 else { throw .nonPositive }
            return (amount, amount)
        case .same:
            let total = try extent(kernel: kernel, dilation: dilation) - 1
            return (total / 2, total - total / 2)
        }
    }

    /// The span of input a dilated kernel covers: d·(k−1) + 1.
    public static func extent(kernel: Int, dilation: Int) throws(GeometryError) -> Int {
        guard kernel > 0, dilation > 0 else { throw .nonPositive }
        do {
            return try Checked.add(try Checked.multiply(dilation, kernel - 1), 1)
        } catch {
            throw .overflow
        }
    }

    /// The number of kernel positions along one axis.
    public static func outputSize(input: Int, kernel: Int, stride: Int, padding: Padding, dilation: Int) throws(GeometryError) -> Int {
        guard input > 0, stride > 0 else { throw .nonPositive }
        try checkSame(padding, stride: stride)
        let span = try extent(kernel: kernel, dilation: dilation)
        let (before, after) = try self.padding(padding, kernel: kernel, dilation: dilation)
        let padded: Int
        do {
            padded = try Checked.add(input, try Checked.add(before, after))
        } catch {
            throw .overflow
        }
        guard span <= padded else { throw .kernelLargerThanInput(extent: span, paddedInput: padded) }
        // padded − span ≥ 0, so floor division is plain division here.
        return (padded - span) / stride + 1
    }

    /// PyTorch's rule for pools: "pad should be at most half of effective kernel size".
    public static func checkPoolPadding(_ padding: Int, kernel: Int, dilation: Int) throws(GeometryError) {
        guard padding >= 0 else { throw .nonPositive }
        let span = try extent(kernel: kernel, dilation: dilation)
        if padding > span / 2 { throw .poolPaddingTooLarge(padding: padding, extent: span) }
    }

    /// Max or average pooling: the convolution formula with `padding` zeros on
    /// each side, rounded up instead of down in ceil mode, except that the last
    /// window must start inside the input or its left padding (PyTorch's
    /// `pooling_output_shape` drops a window that would start in the right padding only).
    public static func poolOutputSize(input: Int, kernel: Int, stride: Int, padding: Int, dilation: Int,
                                      ceilMode: Bool) throws(GeometryError) -> Int {
        guard input > 0, stride > 0 else { throw .nonPositive }
        try checkPoolPadding(padding, kernel: kernel, dilation: dilation)
        let span = try extent(kernel: kernel, dilation: dilation)
        var size: Int
        let padded: Int
        do throws(ArithmeticFailure) {
            padded = try Checked.add(input, try Checked.multiply(2, padding))
            let numerator = try Checked.add(padded - span, ceilMode ? stride - 1 : 0)
            size = try Checked.floorDivide(numerator, by: stride) + 1
            if ceilMode, size > 1, try Checked.multiply(size - 1, stride) >= Checked.add(input, padding) {
                size -= 1
            }
        } catch {
            throw .overflow
        }
        guard size >= 1 else {
            throw .kernelLargerThanInput(extent: span, paddedInput: padded)
        }
        return size
    }
}

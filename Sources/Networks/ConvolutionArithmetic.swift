/// Output sizes of sliding windows along one dimension, with PyTorch's formulas
/// (Dumoulin & Visin, "A guide to convolution arithmetic"; PyTorch's
/// `conv_output_size` and `pooling_output_shape`).
enum ConvolutionArithmetic {
    enum Outcome: Equatable {
        case size(Int)
        /// The (dilated) window spans more than the padded input: no output position.
        case doesNotFit
        case overflow
    }

    /// The extent of a dilated kernel: d·(k − 1) + 1.
    static func span(kernel: Int, dilation: Int) -> Int? {
        guard let spread = CheckedArithmetic.product(dilation, kernel - 1) else { return nil }
        return CheckedArithmetic.sum(spread, 1)
    }

    /// A convolution: o = ⌊(i + 2p − d·(k − 1) − 1) / s⌋ + 1.
    static func convolution(input: Int, kernel: Int, stride: Int, padding: Int, dilation: Int) -> Outcome {
        guard let span = span(kernel: kernel, dilation: dilation),
              let doublePadding = CheckedArithmetic.product(2, padding),
              let padded = CheckedArithmetic.sum(input, doublePadding) else { return .overflow }
        guard span <= padded else { return .doesNotFit }
        return .size((padded - span) / stride + 1)
    }

    /// Max or average pooling: the convolution formula, rounded up instead of
    /// down in ceil mode, except that the last window must start inside the input
    /// or its left padding (PyTorch drops a window that would start in the right
    /// padding only).
    static func pooling(input: Int, kernel: Int, stride: Int, padding: Int, dilation: Int, ceilMode: Bool) -> Outcome {
        guard let span = span(kernel: kernel, dilation: dilation),
              let doublePadding = CheckedArithmetic.product(2, padding),
              let padded = CheckedArithmetic.sum(input, doublePadding),
              let numerator = CheckedArithmetic.sum(padded - span, ceilMode ? stride - 1 : 0) else { return .overflow }
        var size = CheckedArithmetic.floorDivide(numerator, by: stride) + 1
        if ceilMode, size > 1 {
            guard let lastStart = CheckedArithmetic.product(size - 1, stride),
                  let limit = CheckedArithmetic.sum(input, padding) else { return .overflow }
            if lastStart >= limit { size -= 1 }
        }
        return size >= 1 ? .size(size) : .doesNotFit
    }
}

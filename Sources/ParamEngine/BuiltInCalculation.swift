import ConfigTree
import LayerGeometry

/// Computes every `BuiltInQuantity` from a scenario's inputs, with checked
/// arithmetic: an overflow is an error naming the quantity, and the quantities
/// that depend on it are left out rather than reported again.
struct BuiltInCalculation {
    typealias Blame = ([ScenarioKey]) -> SourceLocation

    private(set) var values: [BuiltInQuantity: Int] = [:]
    private(set) var errors: [ConfigError] = []
    private let blame: Blame

    /// `blame` picks where a problem caused by some inputs is reported: the first
    /// of those keys the declaration at hand sets, else the declaration itself.
    init(_ inputs: ScenarioInputs, blame: @escaping Blame) {
        self.blame = blame
        calculate(inputs)
    }

    private mutating func calculate(_ inputs: ScenarioInputs) {
        values[.width] = inputs.width
        values[.height] = inputs.height
        values[.channels] = inputs.channels
        values[.hidden] = inputs.hidden
        values[.fieldWidth] = inputs.fieldWidth
        values[.fieldHeight] = inputs.fieldHeight
        values[.filterCount] = inputs.filterCount
        values[.stride] = inputs.stride
        values[.dilation] = inputs.dilation

        product(.pixels, [.width, .height, .channels], blaming: [.image, .channels])
        product(.fieldSize, [.fieldWidth, .fieldHeight], blaming: [.field])
        geometry(inputs)

        product(.fullWeights, [.pixels, .hidden], blaming: [.image, .channels, .hidden])
        // The article counts its 10⁶ hidden units; a chapter that sets the stride or padding
        // has as many units as output positions (BuiltInQuantity explains).
        if inputs.unitsFollowPositions {
            values[.localUnits] = values[.positions]
        } else {
            values[.localUnits] = inputs.hidden
        }
        let unitKeys: [ScenarioKey] = inputs.unitsFollowPositions
            ? [.stride, .padding, .dilation, .image] : [.hidden]
        product(.localWeights, [.localUnits, .fieldSize, .channels], blaming: unitKeys + [.field, .channels])
        product(.sharedWeights, [.fieldSize, .channels], blaming: [.field, .channels])
        product(.filtersWeights, [.filterCount, .fieldSize, .channels], blaming: [.filters, .field, .channels])

        // Biases: one per hidden unit (full, local), a single one (shared), one per filter.
        values[.fullBiases] = inputs.bias ? inputs.hidden : 0
        if let units = values[.localUnits] { values[.localBiases] = inputs.bias ? units : 0 }
        values[.sharedBiases] = inputs.bias ? 1 : 0
        values[.filtersBiases] = inputs.bias ? inputs.filterCount : 0

        sum(.full, .fullWeights, .fullBiases, blaming: [.image, .channels, .hidden, .bias])
        sum(.local, .localWeights, .localBiases, blaming: unitKeys + [.field, .channels, .bias])
        sum(.shared, .sharedWeights, .sharedBiases, blaming: [.field, .channels, .bias])
        sum(.filters, .filtersWeights, .filtersBiases, blaming: [.filters, .field, .channels, .bias])

        // One weight per connection in the unshared schemes; sharing weights does not remove
        // connections, and each filter connects like one shared kernel. Copying rather than
        // multiplying again means an overflow is reported once, for the weights.
        values[.fullConnections] = values[.fullWeights]
        values[.localConnections] = values[.localWeights]
        values[.sharedConnections] = values[.localWeights]
        product(.filtersConnections, [.filterCount, .localConnections], blaming: [.filters] + unitKeys + [.field, .channels])

        channelMixing(inputs)
    }

    // MARK: Modern layers

    /// The 1×1, depthwise, separable and grouped convolutions and the two heads.
    private mutating func channelMixing(_ inputs: ScenarioInputs) {
        values[.groups] = inputs.groups
        values[.classes] = inputs.classes
        product(.pointwiseWeights, [.channels, .filterCount], blaming: [.channels, .filters])
        product(.depthwiseWeights, [.fieldSize, .channels], blaming: [.field, .channels])
        sum(.separableWeights, .depthwiseWeights, .pointwiseWeights, blaming: [.field, .channels, .filters])

        // PyTorch's Conv2d refuses groups that do not divide both channel counts; so do we.
        if inputs.channels % inputs.groups != 0 || inputs.filterCount % inputs.groups != 0 {
            errors.append(ConfigError(
                "groups: \(inputs.groups) must divide both the \(inputs.channels) input channels and the " +
                "\(inputs.filterCount) filters (as in PyTorch's Conv2d)",
                at: blame([.groups, .channels, .filters])))
        } else if let filtersWeights = values[.filtersWeights] {
            values[.groupedWeights] = filtersWeights / inputs.groups
        }
        product(.denseHeadWeights, [.positions, .filterCount, .classes], blaming: [.image, .field, .filters, .classes])
        product(.pooledHeadWeights, [.filterCount, .classes], blaming: [.filters, .classes])
    }

    // MARK: Geometry

    private mutating func geometry(_ inputs: ScenarioInputs) {
        // A unit sees a patch of the image: a field larger than the image makes no
        // sense for the local and shared schemes, whatever the padding.
        if inputs.fieldWidth > inputs.width || inputs.fieldHeight > inputs.height {
            errors.append(ConfigError(
                "the \(inputs.fieldWidth)x\(inputs.fieldHeight) field is larger than the \(inputs.width)x\(inputs.height) image",
                at: blame([.field, .image])))
            return
        }
        let axes: [(input: Int, kernel: Int, quantity: BuiltInQuantity, name: String)] = [
            (inputs.width, inputs.fieldWidth, .outWidth, "width"),
            (inputs.height, inputs.fieldHeight, .outHeight, "height"),
        ]
        for axis in axes {
            do throws(GeometryError) {
                values[axis.quantity] = try ConvolutionGeometry.outputSize(
                    input: axis.input, kernel: axis.kernel, stride: inputs.stride,
                    padding: inputs.padding, dilation: inputs.dilation)
            } catch {
                errors.append(geometryError(error, inputs: inputs, axis: axis.name, input: axis.input,
                                            kernel: axis.kernel, quantity: axis.quantity))
                // The other axis usually fails the same way (a square image and kernel): say it once.
                return
            }
        }
        guard values[.outWidth] != nil, values[.outHeight] != nil else { return }
        do throws(GeometryError) {
            values[.padding] = try ConvolutionGeometry.padding(
                inputs.padding, kernel: inputs.fieldWidth, dilation: inputs.dilation).before
        } catch {
            errors.append(geometryError(error, inputs: inputs, axis: "width", input: inputs.width,
                                        kernel: inputs.fieldWidth, quantity: .padding))
        }
        product(.positions, [.outWidth, .outHeight], blaming: [.image, .field, .stride, .padding, .dilation])
    }

    private func geometryError(_ error: GeometryError, inputs: ScenarioInputs, axis: String, input: Int, kernel: Int,
                               quantity: BuiltInQuantity) -> ConfigError {
        switch error {
        case .sameNeedsStrideOne(let stride):
            return ConfigError("padding 'same' needs stride 1 (as in PyTorch), but the stride is \(stride)",
                               at: blame([.padding, .stride]))
        case .kernelLargerThanInput(let extent, let padded):
            let available: String
            switch inputs.padding {
            case .valid: available = "the image's \(axis) of \(input) (no padding)"
            case .explicit(let amount): available = "the padded \(axis) of \(padded) (\(input) + 2·\(amount))"
            case .same: available = "the padded \(axis) of \(padded)"
            }
            return ConfigError(
                "the kernel is larger than its input: with dilation \(inputs.dilation) it spans \(extent) pixels of \(axis) " +
                "(\(inputs.dilation)·(\(kernel)−1)+1), more than \(available)",
                at: blame([.dilation, .field, .padding, .image]))
        case .overflow:
            return ConfigError("\(quantity.name) overflows: the padded input does not fit in a 64-bit integer",
                               at: blame([.image, .field, .padding, .dilation]))
        case .nonPositive, .poolPaddingTooLarge:
            // Inputs are read as positive and a scenario has no pool: listed for completeness.
            return ConfigError("\(quantity.name) needs positive sizes", at: blame([.image, .field, .stride, .dilation]))
        }
    }

    // MARK: Checked products and sums

    private mutating func product(_ quantity: BuiltInQuantity, _ factors: [BuiltInQuantity], blaming keys: [ScenarioKey]) {
        let known = factors.compactMap { values[$0] }
        guard known.count == factors.count else { return }
        do throws(ArithmeticFailure) {
            values[quantity] = try Checked.product(known)
        } catch {
            let formula = factors.map(\.name).joined(separator: " · ")
            let numbers = known.map(String.init).joined(separator: " · ")
            errors.append(ConfigError(
                "\(quantity.name) overflows: \(formula) = \(numbers) does not fit in a 64-bit integer (at most \(Int.max))",
                at: blame(keys)))
        }
    }

    private mutating func sum(_ quantity: BuiltInQuantity, _ a: BuiltInQuantity, _ b: BuiltInQuantity,
                              blaming keys: [ScenarioKey]) {
        guard let x = values[a], let y = values[b] else { return }
        do throws(ArithmeticFailure) {
            values[quantity] = try Checked.add(x, y)
        } catch {
            errors.append(ConfigError(
                "\(quantity.name) overflows: \(a.name) + \(b.name) = \(x) + \(y) does not fit in a 64-bit integer (at most \(Int.max))",
                at: blame(keys)))
        }
    }
}

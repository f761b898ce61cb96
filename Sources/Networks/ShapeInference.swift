import ConfigTree
import LayerGeometry

/// Runs a declared network on its input shape: infers each layer's output with
/// PyTorch's arithmetic, checks that every layer fits what it receives, counts
/// parameters as torchvision does, and writes the summary rows.
///
/// After a layer that does not fit, the shape is unknown until a layer that sets
/// it again (`linear`), so one run reports every independent problem without
/// following ones that only echo the first.
struct ShapeInference {
    /// What a layer or a list of layers gives: nil when an earlier problem left it unknown.
    struct Flow {
        var shape: TensorShape?
        var parameters: Int?
    }

    /// A bound on the rows one declaration may expand to (through `repeat`), so
    /// that a typo such as `n: 1000000000` is an error instead of exhausting memory.
    static let rowLimit = 100_000

    let diagnostics: Diagnostics
    private(set) var rows: [LayerRow] = []
    /// Parameters of the layers inside `side_output` groups (part of the total too).
    private(set) var sideOutputParameters: Int? = 0
    private var stopped = false

    init(diagnostics: Diagnostics) {
        self.diagnostics = diagnostics
    }

    /// Runs `layers` in sequence; `context` names the list should its parameter subtotal overflow.
    mutating func run(_ layers: [LayerDeclaration], input: TensorShape?, parentPath: String, depth: Int,
                      context: String, at location: SourceLocation) -> Flow {
        var flow = Flow(shape: input, parameters: 0)
        for (index, layer) in layers.enumerated() {
            if stopped { return Flow(shape: nil, parameters: nil) }
            let path = LayerNaming.join(parentPath, LayerNaming.segment(name: layer.name, index: index))
            let step = run(layer, input: flow.shape, path: path, depth: depth)
            flow.shape = step.shape
            flow.parameters = add(flow.parameters, step.parameters, context: context, at: location)
        }
        return flow
    }

    private mutating func run(_ layer: LayerDeclaration, input: TensorShape?, path: String, depth: Int) -> Flow {
        let label = LayerNaming.label(path: path, type: layer.type)
        let firstRow = rows.count
        let flow: Flow
        switch layer.body {
        case .convolution(let convolution):
            flow = run(convolution, input: input, label: label, at: layer.location)
        case .batchNorm(let batchNorm):
            flow = run(batchNorm, input: input, label: label, at: layer.location)
        case .linear(let linear):
            flow = run(linear, input: input, label: label, at: layer.location)
        case .pooling(let pooling):
            flow = run(pooling, input: input, label: label, at: layer.location)
        case .adaptivePooling(let output):
            let maps = spatial(input, label: label, at: layer.location)
            flow = Flow(shape: maps.map { .spatial(channels: $0.channels, height: output.height, width: output.width) }, parameters: 0)
        case .flatten:
            flow = flatten(input, label: label, at: layer.location)
        case .elementwise:
            flow = Flow(shape: input, parameters: 0)
        case .layerNorm(let layerNorm):
            flow = runLayerNorm(layerNorm, input: input, label: label, at: layer.location)
        case .scale(let features):
            flow = scale(features, input: input, label: label, at: layer.location)
        case .shuffle(let groups):
            flow = shuffle(groups, input: input, label: label, at: layer.location)
        case .sequential(let layers):
            flow = run(layers, input: input, parentPath: path, depth: depth + 1, context: label, at: layer.location)
        case .repetition(let count, let body):
            flow = repeatBody(body, count: count, input: input, path: path, depth: depth, label: label, at: layer.location)
        case .residual(let main, let shortcut):
            flow = residual(main: main, shortcut: shortcut, input: input, path: path, depth: depth, label: label, at: layer.location)
        case .concat(let branches):
            flow = concat(branches, input: input, path: path, depth: depth, label: label, at: layer.location)
        case .split(let branches):
            flow = split(branches, input: input, path: path, depth: depth, label: label, at: layer.location)
        case .gate(let layers):
            flow = gate(layers, input: input, path: path, depth: depth, label: label, at: layer.location)
        case .sideOutput(let layers):
            // The group's row shows the head's output and parameters.
            flow = run(layers, input: input, parentPath: path, depth: depth + 1, context: label, at: layer.location)
            sideOutputParameters = add(sideOutputParameters, flow.parameters, context: label, at: layer.location)
        }

        guard let shape = flow.shape, let parameters = flow.parameters, !stopped else {
            if case .sideOutput = layer.body, !stopped {
                // A head with a problem (reported) leaves the main path's tensor known.
                return Flow(shape: input, parameters: flow.parameters)
            }
            return flow
        }
        guard rows.count < Self.rowLimit else {
            diagnostics.add("\(label): the network expands to more than \(Self.rowLimit) layers", at: layer.location)
            stopped = true
            return Flow(shape: nil, parameters: nil)
        }
        let row = LayerRow(path: path, name: layer.name, type: layer.type, depth: depth, output: shape,
                           parameters: parameters, category: Self.category(of: layer.type), location: layer.location)
        // A group's row comes before the rows of the layers it contains.
        rows.insert(row, at: firstRow)
        if case .sideOutput = layer.body {
            // A second output: the main path goes on with the tensor the head was fed.
            return Flow(shape: input, parameters: parameters)
        }
        return flow
    }

    static func category(of type: LayerType) -> LayerCategory {
        switch type {
        case .conv2d: return .convolution
        case .linear: return .dense
        case .batchnorm2d, .layernorm, .scale: return .normalization
        case .sequential, .repeat, .residual, .concat, .split, .gate, .sideOutput: return .group
        case .maxpool2d, .avgpool2d, .adaptiveAvgpool2d, .flatten, .relu, .relu6, .silu, .sigmoid, .hardswish,
             .hardsigmoid, .gelu, .identity, .dropout, .stochasticDepth, .shuffle: return .none
        }
    }

    // MARK: Layers with parameters

    private func run(_ convolution: LayerDeclaration.Convolution, input: TensorShape?, label: String, at location: SourceLocation) -> Flow {
        guard let maps = spatial(input, label: label, at: location) else {
            return Flow(shape: nil, parameters: nil)
        }
        let groups = convolution.groups
        if let declared = convolution.inChannels {
            if declared.value != maps.channels {
                diagnostics.add("\(label): in is \(declared.value) but the incoming tensor has \(maps.channels) channels (\(maps.shape))", at: declared.location)
                return Flow(shape: nil, parameters: nil)
            }
        } else if maps.channels % groups.value != 0 {
            diagnostics.add("\(label): groups \(groups.value) does not divide the \(maps.channels) incoming channels", at: groups.location)
            return Flow(shape: nil, parameters: nil)
        }

        let kernel = convolution.kernel.value
        // Absent padding is 0; nil is `same`, whose stride-1 rule the reader checked.
        func padding(_ amount: Int?) -> Padding { amount.map { .explicit($0) } ?? .same }
        let outcome: (width: Int, height: Int)
        do throws(GeometryError) {
            outcome = (
                width: try ConvolutionGeometry.outputSize(input: maps.width, kernel: kernel.width, stride: convolution.stride.width,
                                                          padding: padding(convolution.padding?.width), dilation: convolution.dilation.width),
                height: try ConvolutionGeometry.outputSize(input: maps.height, kernel: kernel.height, stride: convolution.stride.height,
                                                           padding: padding(convolution.padding?.height), dilation: convolution.dilation.height))
        } catch {
            report(error, label: label, kernel: convolution.kernel, dilation: convolution.dilation,
                   padding: convolution.padding ?? Size2D(square: 0), input: maps)
            return Flow(shape: nil, parameters: nil)
        }
        let (width, height) = outcome

        // torchvision's count: (k_h · k_w · C_in / groups) · C_out weights, plus C_out biases.
        let weights = try? Checked.product(kernel.height, kernel.width, maps.channels / groups.value, convolution.outChannels)
        let biases = convolution.bias ? convolution.outChannels : 0
        guard let weights, let parameters = try? Checked.sum(weights, biases) else {
            diagnostics.add("\(label): its parameter count overflows", at: convolution.kernel.location)
            return Flow(shape: nil, parameters: nil)
        }
        return Flow(shape: .spatial(channels: convolution.outChannels, height: height, width: width), parameters: parameters)
    }

    private func run(_ batchNorm: LayerDeclaration.BatchNorm, input: TensorShape?, label: String, at location: SourceLocation) -> Flow {
        guard let maps = spatial(input, label: label, at: location) else { return Flow(shape: nil, parameters: nil) }
        if let declared = batchNorm.features, declared.value != maps.channels {
            diagnostics.add("\(label): features is \(declared.value) but the incoming tensor has \(maps.channels) channels (\(maps.shape))", at: declared.location)
            return Flow(shape: nil, parameters: nil)
        }
        // A weight and a bias per channel; the running mean and variance are buffers, not parameters.
        guard let parameters = try? Checked.product(batchNorm.affine ? 2 : 0, maps.channels) else {
            diagnostics.add("\(label): its parameter count overflows", at: location)
            return Flow(shape: nil, parameters: nil)
        }
        return Flow(shape: input, parameters: parameters)
    }

    private func run(_ linear: LayerDeclaration.Linear, input: TensorShape?, label: String, at location: SourceLocation) -> Flow {
        var features = linear.inFeatures?.value
        if linear.pointwise, case .spatial(let channels, let height, let width)? = input {
            if let declared = linear.inFeatures, declared.value != channels {
                diagnostics.add("\(label): in is \(declared.value) but the incoming tensor has \(channels) channels (\(input?.description ?? ""))", at: declared.location)
                return Flow(shape: nil, parameters: nil)
            }
            guard let weights = try? Checked.product(channels, linear.outFeatures),
                  let parameters = try? Checked.add(weights, linear.bias ? linear.outFeatures : 0) else {
                diagnostics.add("\(label): its parameter count overflows", at: location)
                return Flow(shape: nil, parameters: nil)
            }
            return Flow(shape: .spatial(channels: linear.outFeatures, height: height, width: width), parameters: parameters)
        }
        switch input {
        case .spatial?:
            diagnostics.add("\(label): needs a flat input but gets \(input?.description ?? ""); add a flatten layer before it", at: location)
            features = nil
        case .flat(let incoming)?:
            if let declared = linear.inFeatures, declared.value != incoming {
                diagnostics.add("\(label): in is \(declared.value) but the incoming tensor has \(incoming) features", at: declared.location)
            }
            features = incoming
        case nil:
            break
        }
        // The output is known even when the input is not, so the layers after it are still checked.
        let shape = TensorShape.flat(features: linear.outFeatures)
        guard let features else { return Flow(shape: shape, parameters: nil) }
        let weights = try? Checked.product(features, linear.outFeatures)
        guard let weights, let parameters = try? Checked.sum(weights, linear.bias ? linear.outFeatures : 0) else {
            diagnostics.add("\(label): its parameter count overflows", at: location)
            return Flow(shape: shape, parameters: nil)
        }
        return Flow(shape: shape, parameters: parameters)
    }

    /// Layer norm over the channels of feature maps (each position normalised
    /// across its C values) or over a flat vector's features.
    private func runLayerNorm(_ layerNorm: LayerDeclaration.BatchNorm, input: TensorShape?, label: String,
                              at location: SourceLocation) -> Flow {
        guard let input else { return Flow(shape: nil, parameters: nil) }
        if let declared = layerNorm.features, declared.value != input.channels {
            let what = input.isSpatial ? "channels" : "features"
            diagnostics.add("\(label): features is \(declared.value) but the incoming tensor has \(input.channels) \(what) (\(input))", at: declared.location)
            return Flow(shape: nil, parameters: nil)
        }
        // A weight and a bias per channel (`elementwise_affine`).
        guard let parameters = try? Checked.product(layerNorm.affine ? 2 : 0, input.channels) else {
            diagnostics.add("\(label): its parameter count overflows", at: location)
            return Flow(shape: nil, parameters: nil)
        }
        return Flow(shape: input, parameters: parameters)
    }

    /// A learnable factor per channel (torchvision's `layer_scale`, a C×1×1 parameter).
    private func scale(_ features: Located<Int>?, input: TensorShape?, label: String, at location: SourceLocation) -> Flow {
        guard let maps = spatial(input, label: label, at: location) else { return Flow(shape: nil, parameters: nil) }
        if let features, features.value != maps.channels {
            diagnostics.add("\(label): features is \(features.value) but the incoming tensor has \(maps.channels) channels (\(maps.shape))", at: features.location)
            return Flow(shape: nil, parameters: nil)
        }
        return Flow(shape: input, parameters: maps.channels)
    }

    // MARK: Layers without parameters

    /// ShuffleNet's channel shuffle: a view as groups × C/groups, transposed; C must divide.
    private func shuffle(_ groups: Located<Int>, input: TensorShape?, label: String, at location: SourceLocation) -> Flow {
        guard let maps = spatial(input, label: label, at: location) else { return Flow(shape: nil, parameters: nil) }
        guard maps.channels % groups.value == 0 else {
            diagnostics.add("\(label): groups \(groups.value) does not divide the \(maps.channels) incoming channels", at: groups.location)
            return Flow(shape: nil, parameters: nil)
        }
        return Flow(shape: input, parameters: 0)
    }

    private func run(_ pooling: LayerDeclaration.Pooling, input: TensorShape?, label: String, at location: SourceLocation) -> Flow {
        guard let maps = spatial(input, label: label, at: location) else { return Flow(shape: nil, parameters: nil) }
        let kernel = pooling.kernel.value, padding = pooling.padding.value
        let outcome: (width: Int, height: Int)
        do throws(GeometryError) {
            outcome = (
                width: try ConvolutionGeometry.poolOutputSize(input: maps.width, kernel: kernel.width, stride: pooling.stride.width,
                                                              padding: padding.width, dilation: pooling.dilation.width, ceilMode: pooling.ceilMode),
                height: try ConvolutionGeometry.poolOutputSize(input: maps.height, kernel: kernel.height, stride: pooling.stride.height,
                                                               padding: padding.height, dilation: pooling.dilation.height, ceilMode: pooling.ceilMode))
        } catch {
            report(error, label: label, kernel: pooling.kernel, dilation: pooling.dilation, padding: padding, input: maps)
            return Flow(shape: nil, parameters: nil)
        }
        return Flow(shape: .spatial(channels: maps.channels, height: outcome.height, width: outcome.width), parameters: 0)
    }

    private func flatten(_ input: TensorShape?, label: String, at location: SourceLocation) -> Flow {
        switch input {
        case .spatial(let channels, let height, let width)?:
            guard let features = try? Checked.product(channels, height, width) else {
                diagnostics.add("\(label): the flattened size of \(input?.description ?? "") overflows", at: location)
                return Flow(shape: nil, parameters: nil)
            }
            return Flow(shape: .flat(features: features), parameters: 0)
        case .flat?, nil:
            return Flow(shape: input, parameters: 0)
        }
    }

    // MARK: Groups

    private mutating func repeatBody(_ body: [LayerDeclaration], count: Int, input: TensorShape?, path: String,
                                     depth: Int, label: String, at location: SourceLocation) -> Flow {
        var flow = Flow(shape: input, parameters: 0)
        for repetition in 0..<count {
            let errorsBefore = diagnostics.count, rowsBefore = rows.count
            let step = run(body, input: flow.shape, parentPath: LayerNaming.join(path, String(repetition)),
                           depth: depth + 1, context: label, at: location)
            flow.shape = step.shape
            flow.parameters = add(flow.parameters, step.parameters, context: label, at: location)
            // Every repetition is the same declaration: after a problem, the next ones would only repeat it.
            if diagnostics.count > errorsBefore || stopped {
                return Flow(shape: nil, parameters: nil)
            }
            if repetition == 0 {
                let expanded = try? Checked.add(try Checked.multiply(rows.count - rowsBefore, count), rowsBefore)
                guard let expanded, expanded < Self.rowLimit else {
                    diagnostics.add("\(label): n \(count) expands the network to more than \(Self.rowLimit) layers", at: location)
                    stopped = true
                    return Flow(shape: nil, parameters: nil)
                }
            }
        }
        return flow
    }

    private mutating func residual(main: [LayerDeclaration], shortcut: [LayerDeclaration], input: TensorShape?, path: String,
                                   depth: Int, label: String, at location: SourceLocation) -> Flow {
        let mainFlow = run(main, input: input, parentPath: path, depth: depth + 1, context: label, at: location)
        let shortcutFlow = shortcut.isEmpty
            ? Flow(shape: input, parameters: 0)
            : run(shortcut, input: input, parentPath: LayerNaming.join(path, LayerNaming.shortcut),
                  depth: depth + 1, context: label, at: location)
        let parameters = add(mainFlow.parameters, shortcutFlow.parameters, context: label, at: location)
        guard let mainShape = mainFlow.shape, let shortcutShape = shortcutFlow.shape else {
            return Flow(shape: nil, parameters: parameters)
        }
        guard mainShape == shortcutShape else {
            let other = shortcut.isEmpty ? "its input (the identity shortcut) is \(shortcutShape)" : "the shortcut gives \(shortcutShape)"
            diagnostics.add("\(label): the main path gives \(mainShape) but \(other); the two must agree to be added", at: location)
            return Flow(shape: nil, parameters: parameters)
        }
        return Flow(shape: mainShape, parameters: parameters)
    }

    private mutating func concat(_ branches: [LayerDeclaration], input: TensorShape?, path: String,
                                 depth: Int, label: String, at location: SourceLocation) -> Flow {
        join(branches, inputs: Array(repeating: input, count: branches.count), path: path, depth: depth,
             label: label, at: location)
    }

    /// Runs each branch on its input and joins the outputs along the channels.
    private mutating func join(_ branches: [LayerDeclaration], inputs: [TensorShape?], path: String,
                               depth: Int, label: String, at location: SourceLocation) -> Flow {
        var shapes: [TensorShape] = []
        var parameters: Int? = 0
        var known = true
        for (index, (branch, input)) in zip(branches, inputs).enumerated() {
            if stopped { return Flow(shape: nil, parameters: nil) }
            let branchPath = LayerNaming.join(path, LayerNaming.segment(name: branch.name, index: index))
            let flow = run(branch, input: input, path: branchPath, depth: depth + 1)
            parameters = add(parameters, flow.parameters, context: label, at: location)
            if let shape = flow.shape { shapes.append(shape) } else { known = false }
        }
        guard known, let first = shapes.first else { return Flow(shape: nil, parameters: parameters) }

        let listed = shapes.map(\.description).joined(separator: ", ")
        let spatialSizes = Set(shapes.map { shape -> String? in
            if case .spatial(_, let height, let width) = shape { return "\(height)×\(width)" }
            return nil
        })
        guard spatialSizes.count == 1 else {
            let problem = spatialSizes.contains(nil)
                ? "branches must all give feature maps or all flat features"
                : "branches must agree in height and width to be joined"
            diagnostics.add("\(label): \(problem), but give \(listed)", at: location)
            return Flow(shape: nil, parameters: parameters)
        }
        guard let channels = try? Checked.sum(shapes.map(\.channels)) else {
            diagnostics.add("\(label): the joined channel count overflows", at: location)
            return Flow(shape: nil, parameters: parameters)
        }
        switch first {
        case .spatial(_, let height, let width):
            return Flow(shape: .spatial(channels: channels, height: height, width: width), parameters: parameters)
        case .flat:
            return Flow(shape: .flat(features: channels), parameters: parameters)
        }
    }

    /// `torch.chunk(n, dim=1)`: each of the n branches gets C/n channels (n must
    /// divide C), and the branches' outputs are joined along the channels.
    private mutating func split(_ branches: [LayerDeclaration], input: TensorShape?, path: String,
                                depth: Int, label: String, at location: SourceLocation) -> Flow {
        guard let maps = spatial(input, label: label, at: location), !branches.isEmpty else {
            return Flow(shape: nil, parameters: nil)
        }
        guard maps.channels % branches.count == 0 else {
            diagnostics.add("\(label): \(branches.count) branches cannot share the \(maps.channels) incoming channels equally", at: location)
            return Flow(shape: nil, parameters: nil)
        }
        let share = TensorShape.spatial(channels: maps.channels / branches.count, height: maps.height, width: maps.width)
        return join(branches, inputs: Array(repeating: share, count: branches.count), path: path, depth: depth,
                    label: label, at: location)
    }

    /// The layers computed from the input, then multiplied with it, with PyTorch's
    /// broadcasting: along each dimension the sizes are equal or one of them is 1.
    private mutating func gate(_ layers: [LayerDeclaration], input: TensorShape?, path: String,
                               depth: Int, label: String, at location: SourceLocation) -> Flow {
        let gateFlow = run(layers, input: input, parentPath: path, depth: depth + 1, context: label, at: location)
        guard let input, let gateShape = gateFlow.shape else { return Flow(shape: nil, parameters: gateFlow.parameters) }
        guard let product = TensorShape.broadcast(gateShape, input) else {
            diagnostics.add("\(label): the gate gives \(gateShape) but its input is \(input); to be multiplied, each dimension must be equal or 1 in one of them (PyTorch's broadcasting)", at: location)
            return Flow(shape: nil, parameters: gateFlow.parameters)
        }
        return Flow(shape: product, parameters: gateFlow.parameters)
    }

    // MARK: Helpers

    /// Feature maps with their sizes, or nil (and an error for a flat input).
    private func spatial(_ input: TensorShape?, label: String, at location: SourceLocation)
        -> (channels: Int, height: Int, width: Int, shape: TensorShape)? {
        switch input {
        case .spatial(let channels, let height, let width)?:
            return (channels, height, width, .spatial(channels: channels, height: height, width: width))
        case .flat(let features)?:
            diagnostics.add("\(label): needs feature maps (C×H×W) but gets \(features) flat features", at: location)
            return nil
        case nil:
            return nil
        }
    }

    private func report(_ error: GeometryError, label: String, kernel: Located<Size2D>,
                        dilation: Size2D, padding: Size2D, input: (channels: Int, height: Int, width: Int, shape: TensorShape)) {
        if case .overflow = error {
            diagnostics.add("\(label): its output size overflows", at: kernel.location)
            return
        }
        let dilated = dilation == Size2D(square: 1) ? "" : " with dilation \(dilation)"
        diagnostics.add("\(label): kernel \(kernel.value)\(dilated) is larger than its input \(input.width)×\(input.height) with padding \(padding)", at: kernel.location)
    }

    /// A checked sum of parameter counts; nil stays nil (unknown), overflow is reported.
    private func add(_ total: Int?, _ more: Int?, context: String, at location: SourceLocation) -> Int? {
        guard let total, let more else { return nil }
        guard let sum = try? Checked.add(total, more) else {
            diagnostics.add("\(context): its parameter count overflows", at: location)
            return nil
        }
        return sum
    }
}

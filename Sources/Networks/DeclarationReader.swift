import ConfigTree
import LayerGeometry

/// Reads layer lists from a declaration into `LayerDeclaration`s, checking
/// everything that does not depend on shapes: types, fields, value syntax and
/// ranges, and the rules between a layer's own fields (PyTorch's checks at
/// construction time). Problems go to `diagnostics`; a layer with a problem is
/// left out of the result.
struct DeclarationReader {
    let diagnostics: Diagnostics

    /// The layers of a list; `context` names the list in messages (`layers`,
    /// `layer features (sequential)`); `parentPath` prefixes the layers' paths.
    func layers(_ node: ConfigNode, parentPath: String, context: String, allowEmpty: Bool = false) -> [LayerDeclaration] {
        guard let items = node.items else {
            diagnostics.add("\(context) must be a list of layers, found \(ValueSyntax.written(node))", at: node.location)
            return []
        }
        if items.isEmpty && !allowEmpty {
            diagnostics.add("\(context) must list at least one layer", at: node.location)
        }
        // Names are path segments: two siblings with one name would share a path,
        // and so would a layer named `1` and the unnamed layer at position 1.
        var named: [String: Int] = [:]
        let unnamedPositions = Set(items.indices.filter { items[$0]["name"] == nil }.map(String.init))
        for (index, item) in items.enumerated() {
            guard let nameNode = item["name"], let name = nameNode.scalar, !name.isEmpty else { continue }
            if let first = named[name] {
                diagnostics.add("layer \(LayerNaming.join(parentPath, String(index))): name '\(name)' is already used by layer \(LayerNaming.join(parentPath, String(first))) of the same list",
                                at: nameNode.location)
            } else if unnamedPositions.contains(name) {
                diagnostics.add("layer \(LayerNaming.join(parentPath, String(index))): name '\(name)' is the label of the unnamed layer at position \(name) of the same list; give one of them another name",
                                at: nameNode.location)
            } else {
                named[name] = index
            }
        }
        return items.enumerated().compactMap { index, item in
            layer(item, index: index, parentPath: parentPath)
        }
    }

    /// One list item: `- relu`, or a mapping with one type key and an optional `name`.
    func layer(_ item: ConfigNode, index: Int, parentPath: String) -> LayerDeclaration? {
        // Messages before the type is known name the layer by its path alone.
        let givenName = item["name"]?.scalar.flatMap { $0.isEmpty ? nil : $0 }
        let path = LayerNaming.join(parentPath, LayerNaming.segment(name: givenName, index: index))
        var typeEntries: [(type: LayerType, entry: ConfigNode.Entry)] = []

        switch item.value {
        case .scalar(let text):
            guard let type = LayerType(rawValue: text) else {
                diagnostics.add("layer \(path): unknown layer type '\(text)'\(typeHint(text))", at: item.location)
                return nil
            }
            typeEntries = [(type, ConfigNode.Entry(key: text, keyLocation: item.location, value: ConfigNode(.null, at: item.location)))]
        case .mapping(let entries):
            var readable = true
            for entry in entries {
                if entry.key == "name" {
                    if givenName == nil {
                        diagnostics.add("layer \(LayerNaming.join(parentPath, String(index))): name must be non-empty text, found \(ValueSyntax.written(entry.value))", at: entry.value.location)
                        readable = false
                    }
                } else if let type = LayerType(rawValue: entry.key) {
                    typeEntries.append((type, entry))
                } else {
                    diagnostics.add("layer \(path): unknown layer type '\(entry.key)'\(typeHint(entry.key))", at: entry.keyLocation)
                    readable = false
                }
            }
            if typeEntries.count > 1 {
                let types = typeEntries.map(\.type.rawValue).joined(separator: ", ")
                diagnostics.add("layer \(path) has several types (\(types)); write one layer per list item", at: typeEntries[1].entry.keyLocation)
                return nil
            }
            if typeEntries.isEmpty {
                if readable {
                    diagnostics.add("layer \(path) has no type; write one of \(Self.typeNames.joined(separator: ", "))", at: item.location)
                }
                return nil
            }
            guard readable else { return nil }
        case .sequence, .null:
            diagnostics.add("layer \(path) must be a layer such as 'conv2d: {out: 6, kernel: 5}' or 'relu', found \(item.kindName)", at: item.location)
            return nil
        }

        guard let (type, entry) = typeEntries.first else { return nil }
        let label = LayerNaming.label(path: path, type: type)
        guard let body = body(of: type, fields: entry.value, path: path, label: label, owner: entry.keyLocation) else {
            return nil
        }
        return LayerDeclaration(type: type, name: givenName, location: entry.keyLocation, body: body)
    }

    private static let typeNames = LayerType.allCases.map(\.rawValue)

    private func typeHint(_ text: String) -> String {
        let hint = Suggestion.didYouMean(text, in: Self.typeNames + ["name"])
        return hint.isEmpty ? "; layer types are \(Self.typeNames.joined(separator: ", "))" : hint
    }

    private func body(of type: LayerType, fields node: ConfigNode, path: String, label: String,
                      owner: SourceLocation) -> LayerDeclaration.Body? {
        func reader(_ fields: [String]) -> FieldReader {
            FieldReader(node, fields: fields, label: label, owner: owner, diagnostics: diagnostics)
        }
        switch type {
        case .conv2d:
            return convolution(reader(["in", "out", "kernel", "stride", "padding", "dilation", "groups", "bias"]))
        case .batchnorm2d:
            let fields = reader(["features", "affine"])
            let features = fields.integer("features", minimum: 1)
            let affine = fields.flag("affine") ?? true
            return .batchNorm(.init(features: features, affine: affine))
        case .linear:
            let fields = reader(["in", "out", "bias", "pointwise"])
            let inFeatures = fields.integer("in", minimum: 1)
            let outFeatures = fields.integer("out", minimum: 1, required: true)
            let bias = fields.flag("bias") ?? true
            let pointwise = fields.flag("pointwise") ?? false
            guard let outFeatures else { return nil }
            return .linear(.init(inFeatures: inFeatures, outFeatures: outFeatures.value, bias: bias, pointwise: pointwise))
        case .maxpool2d:
            return pooling(reader(["kernel", "stride", "padding", "dilation", "ceil_mode"]), dilated: true)
        case .avgpool2d:
            return pooling(reader(["kernel", "stride", "padding", "ceil_mode"]), dilated: false)
        case .adaptiveAvgpool2d:
            guard let output = reader(["output"]).size("output", minimum: 1, required: true) else { return nil }
            return .adaptivePooling(output: output.value)
        case .flatten:
            _ = reader([])
            return .flatten
        case .relu, .relu6, .silu, .sigmoid, .hardswish, .hardsigmoid, .gelu, .identity:
            _ = reader([])
            return .elementwise
        case .dropout:
            // The probability changes no shape and no count; it is read so that a typo is caught.
            _ = reader(["p"]).probability("p")
            return .elementwise
        case .stochasticDepth:
            let fields = reader(["p", "mode"])
            _ = fields.probability("p")
            if let mode = fields.node("mode"), !["row", "batch"].contains(mode.scalar ?? "") {
                fields.report("'mode' must be row or batch, not \(mode.writtenValue)", at: mode.location)
            }
            return .elementwise
        case .layernorm:
            let fields = reader(["features", "affine"])
            let features = fields.integer("features", minimum: 1)
            let affine = fields.flag("affine") ?? true
            return .layerNorm(.init(features: features, affine: affine))
        case .scale:
            return .scale(features: reader(["features"]).integer("features", minimum: 1))
        case .shuffle:
            guard let groups = reader(["groups"]).integer("groups", minimum: 1, required: true) else { return nil }
            return .shuffle(groups: groups)
        case .split:
            let branches = layers(node, parentPath: path, context: label)
            if let items = node.items, items.count == 1 {
                diagnostics.add("\(label) must list at least two branches, one per share of the channels", at: node.location)
            }
            return .split(branches)
        case .gate:
            return .gate(layers(node, parentPath: path, context: label))
        case .sideOutput:
            return .sideOutput(layers(node, parentPath: path, context: label))
        case .sequential:
            return .sequential(layers(node, parentPath: path, context: label))
        case .concat:
            return .concat(layers(node, parentPath: path, context: label))
        case .repeat:
            let fields = reader(["n", "layers"])
            let count = fields.integer("n", minimum: 1, required: true)
            // Messages about the repeated layers name their first repetition.
            let body = fields.required("layers").map {
                layers($0, parentPath: LayerNaming.join(path, "0"), context: "\(label): layers")
            }
            guard let count, let body else { return nil }
            return .repetition(count: count.value, body: body)
        case .residual:
            let fields = reader(["main", "shortcut"])
            let main = fields.required("main").map { layers($0, parentPath: path, context: "\(label): main") }
            let shortcut = fields.node("shortcut").map {
                layers($0, parentPath: LayerNaming.join(path, LayerNaming.shortcut), context: "\(label): shortcut", allowEmpty: true)
            }
            guard let main else { return nil }
            return .residual(main: main, shortcut: shortcut ?? [])
        }
    }

    private func convolution(_ fields: FieldReader) -> LayerDeclaration.Body? {
        let inChannels = fields.integer("in", minimum: 1)
        let outChannels = fields.integer("out", minimum: 1, required: true)
        let kernel = fields.size("kernel", minimum: 1, required: true)
        let stride = fields.size("stride", minimum: 1)
        let dilation = fields.size("dilation", minimum: 1)
        let groups = fields.integer("groups", minimum: 1)
        let bias = fields.flag("bias") ?? true

        // PyTorch also accepts the strings 'same' and 'valid' for a convolution's padding.
        var padding: Located<Size2D?>?
        if let node = fields.node("padding") {
            switch node.scalar?.trimmingSpaces() {
            case "valid": padding = Located(value: Size2D(square: 0), location: node.location)
            case "same": padding = Located(value: nil, location: node.location)
            default:
                do throws(ConfigError) {
                    padding = Located(value: try FieldReader.size(node, key: "padding", minimum: 0), location: node.location)
                } catch {
                    fields.report(error.message + " (or same, valid)", at: error.location)
                }
            }
        }
        if let padding, padding.value == nil, let stride {
            do throws(GeometryError) {
                try ConvolutionGeometry.checkSame(.same, stride: stride.value.width)
                try ConvolutionGeometry.checkSame(.same, stride: stride.value.height)
            } catch {
                fields.report("padding: same needs stride 1, not \(stride.value)", at: padding.location)
            }
        }
        let groupCount = groups ?? Located(value: 1, location: fields.owner)
        if let outChannels, outChannels.value % groupCount.value != 0 {
            fields.report("groups \(groupCount.value) does not divide the \(outChannels.value) out channels", at: groupCount.location)
        }
        if let inChannels, inChannels.value % groupCount.value != 0 {
            fields.report("groups \(groupCount.value) does not divide the \(inChannels.value) in channels", at: groupCount.location)
        }

        guard let outChannels, let kernel else { return nil }
        return .convolution(.init(
            inChannels: inChannels,
            outChannels: outChannels.value,
            kernel: kernel,
            stride: stride?.value ?? Size2D(square: 1),
            // Absent: 0; written `same`: nil.
            padding: padding.map(\.value) ?? Size2D(square: 0),
            dilation: dilation?.value ?? Size2D(square: 1),
            groups: groupCount,
            bias: bias
        ))
    }

    private func pooling(_ fields: FieldReader, dilated: Bool) -> LayerDeclaration.Body? {
        let kernel = fields.size("kernel", minimum: 1, required: true)
        let stride = fields.size("stride", minimum: 1)
        let padding = fields.size("padding", minimum: 0)
        let dilation = dilated ? fields.size("dilation", minimum: 1) : nil
        let ceilMode = fields.flag("ceil_mode") ?? false
        guard let kernel else { return nil }

        let dilationValue = dilation?.value ?? Size2D(square: 1)
        let paddingValue = padding ?? Located(value: Size2D(square: 0), location: fields.owner)
        for (pad, size, spacing) in [(paddingValue.value.width, kernel.value.width, dilationValue.width),
                                     (paddingValue.value.height, kernel.value.height, dilationValue.height)] {
            do throws(GeometryError) {
                try ConvolutionGeometry.checkPoolPadding(pad, kernel: size, dilation: spacing)
            } catch .poolPaddingTooLarge {
                let what = dilated && dilationValue != Size2D(square: 1) ? "the dilated kernel" : "the kernel"
                fields.report("padding \(paddingValue.value) must be at most half of \(what) (\(kernel.value))", at: paddingValue.location)
                return nil
            } catch {
                fields.report("the dilated kernel size overflows", at: kernel.location)
                return nil
            }
        }
        return .pooling(.init(
            kernel: kernel,
            // PyTorch's pooling stride defaults to the kernel size.
            stride: stride?.value ?? kernel.value,
            padding: paddingValue,
            dilation: dilationValue,
            ceilMode: ceilMode
        ))
    }
}

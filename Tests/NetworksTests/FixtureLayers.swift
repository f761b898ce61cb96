// Small builders for the torchvision fixtures: one layer of the declaration
// format each, written the way torchvision's modules are configured.

/// A whole number as a scalar node.
func number(_ value: Int) -> Tree { .scalar(String(value)) }

/// `nn.Conv2d`; padding defaults to torchvision's usual (k − 1) / 2 · dilation.
func conv(_ out: Int, kernel: Int, stride: Int = 1, padding: Int? = nil, groups: Int = 1, bias: Bool = false,
          name: String? = nil) -> Tree {
    var pairs: [(key: String, value: Tree)] = [(key: "conv2d", value: [
        "out": number(out), "kernel": number(kernel), "stride": number(stride),
        "padding": number(padding ?? (kernel - 1) / 2), "groups": number(groups), "bias": .scalar(bias ? "true" : "false"),
    ])]
    if let name { pairs.append((key: "name", value: .scalar(name))) }
    return .map(pairs)
}

/// torchvision's `Conv2dNormActivation`: a convolution without bias, batch norm, then the activation (if any).
func convNormActivation(_ out: Int, kernel: Int, stride: Int = 1, groups: Int = 1, activation: String? = "relu",
                        padding: Int? = nil) -> Tree {
    var layers: [Tree] = [conv(out, kernel: kernel, stride: stride, padding: padding, groups: groups), "batchnorm2d"]
    if let activation { layers.append(.scalar(activation)) }
    return ["sequential": .list(layers)]
}

/// A named group.
func named(_ name: String, _ tree: Tree) -> Tree {
    guard case .map(var pairs) = tree else { return tree }
    pairs.append((key: "name", value: .scalar(name)))
    return .map(pairs)
}

/// torchvision's `SqueezeExcitation`: global average pool, 1×1 convolution (with
/// bias) down to `squeeze` channels, activation, 1×1 back up, a sigmoid-like
/// scale, multiplied with the input.
func squeezeExcitation(_ channels: Int, squeeze: Int, activation: String = "relu", scale: String = "sigmoid") -> Tree {
    ["gate": [
        ["adaptive_avgpool2d": ["output": 1]],
        conv(squeeze, kernel: 1, bias: true, name: "fc1"),
        .scalar(activation),
        conv(channels, kernel: 1, bias: true, name: "fc2"),
        .scalar(scale),
    ]]
}

/// torchvision's `_make_divisible`: `value` rounded to a multiple of `divisor`,
/// never below 90% of it.
func makeDivisible(_ value: Double, _ divisor: Int = 8) -> Int {
    var result = max(divisor, Int(value + Double(divisor) / 2) / divisor * divisor)
    if Double(result) < 0.9 * value { result += divisor }
    return result
}

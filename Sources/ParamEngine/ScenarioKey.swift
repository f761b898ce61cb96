/// The keys of a scenario declaration (content/params.yml, front matter `params:`).
enum ScenarioKey: String, CaseIterable, Sendable {
    case image, channels, hidden, field, filters, bias, stride, padding, dilation, groups, classes, quantities

    /// Words authors may reach for that did-you-mean cannot guess (too far from the key).
    static let aliases: [String: ScenarioKey] = [
        "kernel": .field, "kernel_size": .field, "receptive_field": .field, "patch": .field,
        "input": .image, "size": .image, "units": .hidden, "neurons": .hidden,
        "kernels": .filters, "feature_maps": .filters, "biases": .bias,
        "group": .groups, "num_classes": .classes, "outputs": .classes,
    ]
}

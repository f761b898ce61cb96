import ConfigTree
import LayerGeometry

/// The inputs a scenario is computed from: the image, the hidden layer, the
/// receptive field and the convolution settings.
public struct ScenarioInputs: Sendable, Hashable {
    public var width: Int
    public var height: Int
    public var channels: Int
    /// Hidden units of the fully and locally connected layers (the article's 10⁶).
    public var hidden: Int
    public var fieldWidth: Int
    public var fieldHeight: Int
    /// Shared kernels, one per feature map (the article's 100).
    public var filterCount: Int
    /// Whether parameter counts include biases.
    public var bias: Bool
    public var stride: Int
    public var padding: Padding
    public var dilation: Int
    /// Groups of a grouped convolution (ResNeXt's 32): each filter sees channels/groups channels.
    public var groups: Int
    /// Classes a network's head outputs (ImageNet's 1000), for the dense and pooled heads.
    public var classes: Int
    /// Whether the locally connected and shared layers have one unit per output
    /// position of the convolution rather than `hidden` units: true when the
    /// latest declaration that set the stride, padding or dilation did not also
    /// set `hidden` (see `BuiltInQuantity.localUnits`).
    public var unitsFollowPositions: Bool

    public init(width: Int, height: Int, channels: Int, hidden: Int, fieldWidth: Int, fieldHeight: Int,
                filterCount: Int, bias: Bool, stride: Int, padding: Padding, dilation: Int,
                groups: Int = 1, classes: Int = 1000, unitsFollowPositions: Bool = false) {
        self.width = width
        self.height = height
        self.channels = channels
        self.hidden = hidden
        self.fieldWidth = fieldWidth
        self.fieldHeight = fieldHeight
        self.filterCount = filterCount
        self.bias = bias
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
        self.groups = groups
        self.classes = classes
        self.unitsFollowPositions = unitsFollowPositions
    }



    /// The source article's scenario: a 1000×1000 grey image, 10⁶ hidden units,
    /// 10×10 receptive fields, 100 filters, no biases, a plain (valid, stride 1) convolution;
    /// one group and ImageNet's 1000 classes for the layers the article does not cover.
    public static let article = ScenarioInputs(
        width: 1000, height: 1000, channels: 1, hidden: 1_000_000, fieldWidth: 10, fieldHeight: 10,
        filterCount: 100, bias: false, stride: 1, padding: .valid, dilation: 1)
}

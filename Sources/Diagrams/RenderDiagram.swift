import Localization

/// Draws a figure for `spec`, honest about the real scenario `scale`, in the
/// words of `language` (the site's catalog; the default is zh-CN).
///
/// `idPrefix` makes the figure's element ids unique within a page (several
/// figures may be inline); ids are `<prefix>-title` and `<prefix>-desc`
/// (see `DiagramIdentifier` for how the prefix is made safe).
/// The output depends only on the arguments: same input, same bytes.
public func renderDiagram(
    _ spec: DiagramSpec, scale: DiagramScale, idPrefix: String, language: LanguageCatalog = .default
) -> RenderedDiagram {
    let words = language.diagrams
    let figure: Figure
    switch spec.kind {
    case .full: figure = FullDiagram.figure(spec, scale: scale, words: words)
    case .local: figure = LocalDiagram.figure(spec, scale: scale, words: words)
    case .shared: figure = SharedDiagram.figure(spec, scale: scale, words: words)
    case .filters: figure = FiltersDiagram.figure(spec, scale: scale, words: words)
    case .ladder: figure = LadderDiagram.figure(spec, scale: scale, words: words)
    case .depthwise: figure = DepthwiseDiagram.figure(spec, scale: scale, words: words)
    case .bottleneck: figure = BottleneckDiagram.figure(spec, scale: scale, words: words)
    case .pooling: figure = PoolingDiagram.figure(spec, scale: scale, words: words)
    }
    return figure.rendered(idPrefix: idPrefix, language: language.tag)
}

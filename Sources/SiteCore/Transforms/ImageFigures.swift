import Markdown

/// An image alone in its paragraph, with a title, becomes a figure with the
/// title as its caption:
///
///     ![卷积核](images/kernel.svg "一个 3×3 的卷积核")
///
/// renders as `<figure>` with the image and `<figcaption>一个 3×3 的卷积核</figcaption>`.
/// The title leaves the image, so that screen readers do not read it twice.
/// An image without a title, or inside a line of text, stays as it is.
struct ImageFigures {
    /// `images`: the document's images.
    func apply(to images: [Node]) {
        for image in images {
            guard let paragraph = image.parent, paragraph.type == .paragraph,
                  image.previous == nil, image.next == nil,
                  let title = image.title, !title.isEmpty else { continue }
            let figure = image.document.makeCustomBlock(
                enter: "<figure class=\"image\">",
                exit: "<figcaption>\(HTMLEscaping.escape(title))</figcaption>\n</figure>"
            )
            guard paragraph.insertBefore(figure) else { continue }
            image.title = ""
            figure.appendChild(image)
            paragraph.remove()
        }
    }
}

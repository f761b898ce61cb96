/// What a fenced block renders to: its HTML, and the plain text a reader
/// sees in it (table cells, a figure's title, description and caption),
/// which stands for the block in the page's search text.
struct RenderedBlock {
    var html: String
    var text: String
}

/// The reading order of a content tree: each folder's chapters and
/// subfolders sorted together by weight, then name, and walked depth first,
/// a section's own page (its index file) before its items.
enum SectionTree {
    static func readingOrder(chapters: [PageSource], indexes: [String: PageSource]) -> (pages: [PageSource], sections: [SectionSource]) {
        // Every folder that holds a page, with all its parents.
        var folders = Set(indexes.keys)
        for chapter in chapters where !chapter.folder.isEmpty { folders.insert(chapter.folder) }
        for folder in Array(folders) {
            var parent = Substring(folder)
            while let slash = parent.lastIndex(of: "/") {
                parent = parent[..<slash]
                folders.insert(String(parent))
            }
        }
        let sections = Dictionary(uniqueKeysWithValues: folders.map { ($0, SectionSource(folder: $0, index: indexes[$0])) })

        enum Item {
            case chapter(PageSource)
            case section(SectionSource)
        }
        var items: [String: [(weight: Int, name: String, item: Item)]] = [:]
        for chapter in chapters {
            let name = chapter.folder.isEmpty ? chapter.fileName : String(chapter.fileName.dropFirst(chapter.folder.count + 1))
            items[chapter.folder, default: []].append((chapter.weight, name, .chapter(chapter)))
        }
        for section in sections.values {
            items[section.parent, default: []].append((section.weight, section.name, .section(section)))
        }

        var pages: [PageSource] = []
        var ordered: [SectionSource] = []
        func walk(_ folder: String) {
            let sorted = (items[folder] ?? []).sorted { ($0.weight, $0.name) < ($1.weight, $1.name) }
            for entry in sorted {
                switch entry.item {
                case .chapter(let page):
                    pages.append(page)
                case .section(let section):
                    ordered.append(section)
                    if let index = section.index { pages.append(index) }
                    walk(section.folder)
                }
            }
        }
        walk("")
        return (pages, ordered)
    }
}

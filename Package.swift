// swift-tools-version:6.0
// sitegen: a static documentation-site generator built on libcmark-gfm.
//
// Modules, in the order data flows through them (see README "Architecture"):
//   Ccmark      the system libcmark-gfm and its extensions, through a module map
//   Markdown    a Swift layer that owns every cmark pointer
//   ConfigTree  YAML-free config values with source locations, did-you-mean, the
//               typed readers (boolean, whole number, size) and checked arithmetic
//   Localization the words sitegen writes, one catalog per language
//   LayerGeometry output sizes of convolutions and pools, shared by the next two
//   ParamEngine the explainer's numbers: scenarios, expressions, formats
//   Networks    parameter counts of whole networks from layer lists
//   Diagrams    SVG figures drawn from engine values
//   SearchIndex the search tokenizer, index shards and queries (pure but for zlib)
//   SiteCore    the generic generator: pages, plan, steps, transforms, templates, sinks
//   Explainer   the explainer as a SiteCore plugin: placeholders, scenarios, blocks
//   FileWatcher recursive change batches from content/ and templates/ (inotify or polling)
//   PreviewServer  `sitegen serve`: an in-memory site over Hummingbird, live reload
//   sitegen     the command line only
import PackageDescription

let package = Package(
    name: "sitegen",
    // Hummingbird 2 needs macOS 14.
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        // For the fuzz targets in Fuzz/, a separate package that depends on this one by path.
        .library(name: "SitegenKit", targets: ["SiteCore", "Explainer", "ParamEngine", "Networks", "Diagrams", "ConfigTree", "SearchIndex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // `sitegen serve` only. swift-log, swift-nio and swift-service-lifecycle come with
        // Hummingbird; they are named here because PreviewServer imports them directly.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        .target(name: "Markdown", dependencies: ["Ccmark"]),
        .target(name: "ConfigTree"),
        .target(name: "Localization"),
        .target(name: "LayerGeometry", dependencies: ["ConfigTree"]),
        .target(name: "ParamEngine", dependencies: ["ConfigTree", "LayerGeometry", "Localization"]),
        .target(name: "Networks", dependencies: ["ConfigTree", "LayerGeometry"], exclude: ["FORMAT.md"]),
        .target(name: "Diagrams", dependencies: ["ConfigTree", "Localization"]),
        // zlib, for the compressed section texts of the search index.
        .systemLibrary(name: "Czlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(name: "SearchIndex", dependencies: ["Czlib"]),
        .target(
            name: "SiteCore",
            dependencies: [
                "Markdown", "ConfigTree", "Localization", "SearchIndex",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(name: "Explainer", dependencies: ["SiteCore", "Markdown", "ConfigTree", "Localization", "ParamEngine", "Networks", "Diagrams"]),
        .target(name: "FileWatcher"),
        .target(
            name: "PreviewServer",
            dependencies: [
                "FileWatcher",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SiteCore", "Explainer", "FileWatcher", "PreviewServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "ConfigTreeTests", dependencies: ["ConfigTree"]),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization"]),
        .testTarget(name: "LayerGeometryTests", dependencies: ["LayerGeometry"]),
        .testTarget(name: "ParamEngineTests", dependencies: ["ParamEngine", "LayerGeometry", "Localization"]),
        .testTarget(name: "NetworksTests", dependencies: ["Networks"]),
        .testTarget(name: "DiagramsTests", dependencies: ["Diagrams", "Localization"], exclude: ["Snapshots"]),
        .testTarget(name: "SearchIndexTests", dependencies: ["SearchIndex"]),
        // Fixture sites and temporary folders for the two test targets that build sites.
        .target(name: "TestFolders", path: "Tests/TestFolders"),
        .testTarget(name: "SiteCoreTests", dependencies: ["SiteCore", "Explainer", "Localization", "TestFolders"]),
        .testTarget(name: "ExplainerTests", dependencies: ["Explainer", "SiteCore", "Localization", "ParamEngine", "Networks", "TestFolders"]),
        .testTarget(name: "SitegenTests", dependencies: ["sitegen", "TestFolders", "RawHTTPClient"]),
        .testTarget(name: "FileWatcherTests", dependencies: ["FileWatcher", "TestFolders"]),
        // A plain-socket HTTP client that sends request targets unnormalized, for the serve tests.
        .target(name: "RawHTTPClient", path: "Tests/RawHTTPClient"),
        .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer", "FileWatcher", "TestFolders", "RawHTTPClient"]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.0
// sitegen: a static documentation-site generator built on libcmark.
//
// Modules, in the order data flows through them (see README "Architecture"):
//   Ccmark      the system libcmark, through a module map
//   Markdown    a Swift layer that owns every cmark pointer
//   ConfigTree  YAML-free config values with source locations, and did-you-mean
//   ParamEngine the explainer's numbers: scenarios, expressions, formats
//   Networks    parameter counts of whole networks from layer lists
//   Diagrams    SVG figures drawn from engine values
//   SiteKit     content, transforms, rendering, templates, output
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
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "Markdown", dependencies: ["Ccmark"]),
        .target(name: "ConfigTree"),
        .target(name: "ParamEngine", dependencies: ["ConfigTree"]),
        .target(name: "Networks", dependencies: ["ConfigTree"], exclude: ["FORMAT.md"]),
        .target(name: "Diagrams", dependencies: ["ConfigTree"]),
        .target(
            name: "SiteKit",
            dependencies: [
                "Markdown", "ConfigTree", "ParamEngine", "Networks", "Diagrams",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
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
                "SiteKit", "FileWatcher", "PreviewServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "ConfigTreeTests", dependencies: ["ConfigTree"]),
        .testTarget(name: "ParamEngineTests", dependencies: ["ParamEngine"]),
        .testTarget(name: "NetworksTests", dependencies: ["Networks"]),
        .testTarget(name: "DiagramsTests", dependencies: ["Diagrams"], exclude: ["Snapshots"]),
        // Fixture sites and temporary folders for the two test targets that build sites.
        .target(name: "TestFolders", path: "Tests/TestFolders"),
        .testTarget(name: "SiteKitTests", dependencies: ["SiteKit", "TestFolders"]),
        .testTarget(name: "SitegenTests", dependencies: ["sitegen", "Ccmark", "TestFolders", "RawHTTPClient"]),
        .testTarget(name: "FileWatcherTests", dependencies: ["FileWatcher", "TestFolders"]),
        // A plain-socket HTTP client that sends request targets unnormalized, for the serve tests.
        .target(name: "RawHTTPClient", path: "Tests/RawHTTPClient"),
        .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer", "FileWatcher", "TestFolders", "RawHTTPClient"]),
    ],
    swiftLanguageModes: [.v6]
)

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
//   sitegen     the command line only
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
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
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SiteKit",
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
        .testTarget(name: "SitegenTests", dependencies: ["sitegen", "Ccmark", "TestFolders"]),
        .testTarget(name: "FileWatcherTests", dependencies: ["FileWatcher", "TestFolders"]),
    ],
    swiftLanguageModes: [.v6]
)

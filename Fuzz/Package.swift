// swift-tools-version:6.0
// libFuzzer targets for sitegen's parsers. A separate package, so the main
// package's `swift build` and `swift test` never see the fuzzer runtime.
// Build and run with `Fuzz/run SECONDS` (see Fuzz/README.md).
import PackageDescription

/// One fuzz target: an executable whose only source defines
/// `LLVMFuzzerTestOneInput`; libFuzzer supplies `main`.
func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .executableTarget(name: name, dependencies: dependencies, path: "Sources/\(name)")
}

let kit: Target.Dependency = .product(name: "SitegenKit", package: "sitegen")

let package = Package(
    name: "sitegen-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "sitegen", path: ".."),
    ],
    targets: [
        fuzzTarget("FuzzMarkdownPage", [kit]),
        fuzzTarget("FuzzFrontMatter", [kit]),
        fuzzTarget("FuzzExpressions", [kit]),
        fuzzTarget("FuzzDiagrams", [kit]),
        fuzzTarget("FuzzNetworks", [kit]),
        fuzzTarget("FuzzSearchTokenizer", [kit]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "uketsuke",
    products: [
        .executable(name: "uketsuke", targets: ["uketsuke"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // A strict JSON reader that knows lines (rules file errors, batch speed).
        .target(name: "StrictJSON"),
        // The domain: dates and eras, identifiers, the rules file and `decide`. Pure: no I/O, no clock, no UI.
        .target(name: "Eligibility", dependencies: ["StrictJSON"]),
        // Resources/ compiled into the binary, so one copied file runs anywhere.
        .executableTarget(name: "embed-resources", path: "Sources/EmbedResourcesTool"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["embed-resources"]),
        .target(name: "BundledResources", plugins: ["EmbedResources"]),
        // The headless commands' formats: case input, JSON Lines, human text.
        .target(name: "Headless", dependencies: ["Eligibility", "StrictJSON", "BundledResources", "Store"]),
        // Settings and the anonymous tally, behind small types so tests use temp dirs.
        .target(name: "Store", dependencies: ["Eligibility", "StrictJSON", .product(name: "GRDB", package: "GRDB.swift")]),
        // The executable: argument parsing and wiring.
        .executableTarget(
            name: "uketsuke",
            dependencies: [
                "Headless", "Eligibility", "BundledResources", "Store",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Benchmarks that print figures (release build): swift build -c release && .build/release/uketsuke-bench all
        .executableTarget(name: "uketsuke-bench", path: "Sources/Bench"),
        // Records synthetic checks into a tally file: the second process of the store's concurrency tests.
        .executableTarget(name: "tally-writer", dependencies: ["Store", "Eligibility"], path: "Sources/TallyWriter"),

        .testTarget(
            name: "EligibilityTests",
            dependencies: [
                "Eligibility", "StrictJSON", "BundledResources",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(name: "HeadlessTests", dependencies: ["Headless", "Eligibility", "StrictJSON", "BundledResources"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Eligibility", "BundledResources",
                                                       .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "CLITests", dependencies: ["Eligibility", "StrictJSON"]),
    ],
    swiftLanguageModes: [.v6]
)

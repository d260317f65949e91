// swift-tools-version:6.2
import PackageDescription

/// Foundation's static archives, in a linker group: with -static-executable their references to each other
/// (CoreFoundation, ICU, Synchronization, _FoundationCollections) are not listed after them by the driver.
let staticFoundationGroup = ["--start-group", "-lFoundation", "-lFoundationEssentials", "-lFoundationInternationalization",
                             "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections",
                             "-lswiftSynchronization", "-lstdc++", "-lm", "--end-group"].flatMap { ["-Xlinker", $0] }

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
        .target(name: "Headless", dependencies: ["Eligibility", "StrictJSON", "BundledResources", "Facility", "Store"]),
        // The training scenarios of the demo mode: stories with the answer the engine must give.
        .target(name: "Training", dependencies: ["Eligibility", "StrictJSON", "BundledResources"]),
        // crypt(3) for the kiosk administrator PIN (libxcrypt).
        .target(name: "CPinHash", linkerSettings: [.linkedLibrary("crypt")]),
        // The facility's settings, the PIN lock-out and the tally's figures as plain values: what the wizard shows and
        // changes. Store reads and writes them; the wizard, the screen and the terminal need only these.
        .target(name: "Facility", dependencies: ["Eligibility"]),
        // Writing every byte of a file or failing with its errno (settings, PDFs): one loop for both.
        .target(name: "WholeWrite"),
        // Settings and the anonymous tally, behind small types so tests use temp dirs.
        .target(name: "Store", dependencies: ["Eligibility", "Facility", "WholeWrite", "StrictJSON", "CPinHash", .product(name: "GRDB", package: "GRDB.swift")]),
        // Adopting online checking: the portal registration form's checks, its sheet, and the patient leaflet.
        .target(name: "Adoption", dependencies: ["Eligibility"]),
        // Prints the leaflet and the worksheet as an A4 PDF or to CUPS, with Debian's tools (pango-view, qrencode, gs, lp).
        .target(name: "Printing", dependencies: ["Adoption", "Eligibility", "WholeWrite"]),
        // The wizard's state machine: reduce(state, action) -> effects. No I/O, no terminal.
        .target(name: "Wizard", dependencies: ["Eligibility", "Facility", "Training", "Adoption"]),
        // Draws a wizard state into an in-memory grid of cells (East Asian width), and diffs grids. No curses.
        .target(name: "Screen", dependencies: ["Wizard", "Eligibility", "Facility", "Training", "Adoption"]),
        // ncursesw's wide-character API, the macros Swift cannot import, and the signal handlers (in C).
        .target(
            name: "CNcursesw",
            cSettings: [.define("NCURSES_WIDECHAR", to: "1"), .define("_XOPEN_SOURCE_EXTENDED", to: "1")],
            linkerSettings: [.linkedLibrary("ncursesw"), .linkedLibrary("tinfo")]),
        // The terminal's bytes to keys (UTF-8, function key codes), without curses: unit-tested and fuzzed on its own.
        .target(name: "TerminalInput"),
        // The only module that talks to the terminal: locale, keys, colours, resize, signals, drawing grid diffs.
        .target(name: "Terminal", dependencies: ["CNcursesw", "TerminalInput", "Screen", "Wizard", "Facility", "Eligibility"]),
        // A syslog client for /dev/log (RFC 3164 datagrams, never blocking), by hand so tests can point it elsewhere.
        .target(name: "SystemLog"),
        // Kiosk and administrator events, read from the wizard's states, to the system log; never patient data.
        .target(name: "KioskLog", dependencies: ["SystemLog", "Wizard", "Facility"]),
        // The executable: argument parsing and wiring.
        .executableTarget(
            name: "uketsuke",
            dependencies: [
                "Headless", "Eligibility", "BundledResources", "Facility", "Store", "Wizard", "Screen", "Terminal", "KioskLog",
                "Adoption", "Printing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release builds are fully static: one file runs on any x86-64 Linux (kiosk installs copy just it), and
            // no dynamic symbol lookup runs before the first frame (~0.8 ms of the start-up budget otherwise).
            // The Foundation archives refer to each other, so they are listed again as one group for the static link.
            linkerSettings: [.unsafeFlags(["-static-executable"] + staticFoundationGroup, .when(configuration: .release))]),
        // Benchmarks that print figures (release build): swift build -c release && .build/release/uketsuke-bench all
        .executableTarget(name: "uketsuke-bench", dependencies: ["Wizard", "Screen", "Eligibility", "Facility", "Store", "BundledResources"],
                          path: "Sources/Bench"),
        // Records synthetic checks into a tally file: the second process of the store's concurrency tests.
        .executableTarget(name: "tally-writer", dependencies: ["Store", "Facility", "Eligibility"], path: "Sources/TallyWriter"),

        .testTarget(
            name: "EligibilityTests",
            dependencies: [
                "JSONTestSupport", "Eligibility", "StrictJSON", "BundledResources",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(name: "HeadlessTests", dependencies: ["Headless", "Eligibility", "StrictJSON", "BundledResources"]),
        .testTarget(name: "TrainingTests", dependencies: ["JSONTestSupport", "Training", "Eligibility", "StrictJSON",
                                                          "BundledResources"]),
        .target(name: "JSONTestSupport", dependencies: ["StrictJSON"], path: "Tests/JSONTestSupport"),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Facility", "Eligibility", "BundledResources",
                                                       .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "CLITests", dependencies: ["Eligibility", "StrictJSON", "Store", "TerminalInput", "SyslogTestSupport"]),
        .testTarget(name: "AdoptionTests", dependencies: [
            "Adoption", "Eligibility", "BundledResources", "Screen",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "PrintingTests", dependencies: ["Printing", "Adoption", "Eligibility", "BundledResources"]),
        // Drives the real reducer with keys, for the wizard and screen tests.
        .target(name: "WizardTestSupport", dependencies: ["Wizard", "Screen", "Eligibility", "Facility", "BundledResources"],
                path: "Tests/WizardTestSupport"),
        .testTarget(name: "WizardTests", dependencies: ["WizardTestSupport", "Wizard", "Screen", "Eligibility", "Facility", "Store", "Training"]),
        // A bound datagram socket standing in for /dev/log.
        .target(name: "SyslogTestSupport", path: "Tests/SyslogTestSupport"),
        .testTarget(name: "KioskLogTests", dependencies: ["KioskLog", "SystemLog", "SyslogTestSupport", "Wizard", "Facility", "Store",
                                                          "Eligibility"]),
        .testTarget(name: "ScreenTests", dependencies: ["WizardTestSupport", "Screen", "Wizard", "Eligibility", "Facility", "Store", "Training"],
                    exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)

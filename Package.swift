// swift-tools-version:6.1
import Foundation
import PackageDescription

let package = Package(
    name: "astpm",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "astpm", targets: ["astpm"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        // libedit, the system C library for line editing (apt: libedit-dev).
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit",
                       providers: [.apt(["libedit-dev"])]),
        // LineReader protocol; libedit reader on a TTY, plain reader otherwise. The only module that sees C.
        // One rule for astpm's XDG folders (settings, records, history, cache).
        .target(name: "XDGPaths"),
        // FNV-1a, the one stable hash (checksums, revisions, cache keys, features).
        .target(name: "StableHashing"),
        .target(name: "LineEditing", dependencies: ["CEditLine", "XDGPaths"]),
        // Hand-edited YAML read safely (no anchors, aliases or tags), with line and column.
        .target(name: "SafeYAML", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Guidance/*.yaml loaded into typed models with source locations, and validated.
        .target(name: "Guidance", dependencies: ["SafeYAML"], resources: [.copy("../../Guidance")]),
        // Pure record values shared by the interview engine and the store.
        .target(name: "Records"),
        // Pure interview state machine interpreting the interviews in Guidance.
        .target(name: "InterviewEngine", dependencies: ["Guidance", "Records"]),
        // Pure question answering and what-if rules with citations.
        .target(name: "Advisor", dependencies: ["Guidance", "StableHashing"]),
        // Plain-file record store: atomic durable writes, locks, history, export.
        .target(name: "Store", dependencies: ["Records", "SafeYAML", "Yams", "XDGPaths", "StableHashing"]),
        // What is due across every AST and the cycle report (equality view), from record values; pure.
        .target(name: "Overview", dependencies: ["Records", "StableHashing"]),
        // Printed documents: the statement (records as one A4 HTML document) and the cycle report.
        .target(name: "Statement", dependencies: ["Records", "Overview"]),
        // The configuration file ($XDG_CONFIG_HOME/astpm/config): school, LEA, line manager, store.
        .target(name: "Configuration", dependencies: ["SafeYAML", "XDGPaths"]),
        // Line dispatch, rendering and wiring; testable without a terminal.
        .target(name: "REPL", dependencies: ["LineEditing", "Guidance", "Records", "InterviewEngine", "Advisor", "Store", "Statement", "Configuration", "Overview", "XDGPaths", "StableHashing"]),
        // The thin executable: arguments, real dependencies, exit codes.
        .executableTarget(name: "astpm", dependencies: [
            "REPL", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "GuidanceTests", dependencies: ["Guidance"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AdvisorTests", dependencies: ["Advisor", "Guidance"]),
        .testTarget(name: "InterviewEngineTests", dependencies: ["InterviewEngine", "Guidance", "Records"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Records"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "EndToEndTests"),  // drives the built astpm binary in tmux (ASTPM_BIN)
        .testTarget(name: "REPLTests", dependencies: ["REPL", "LineEditing", "Records", "Store", "Statement", "Configuration", "Overview"], resources: [.copy("Transcripts")]),
        .testTarget(name: "StatementTests", dependencies: ["Statement", "Records", "Overview"]),
        .testTarget(name: "OverviewTests", dependencies: ["Overview", "Records", "Guidance", "Store"]),
        .testTarget(name: "ConfigurationTests", dependencies: ["Configuration", "XDGPaths"]),
        .testTarget(name: "StableHashingTests", dependencies: ["StableHashing"]),
    ]
)

// libFuzzer targets, one per entry point that reads text from outside
// (Scripts/lib/fuzz/NAME). Declared only when ASTPM_FUZZ is set, so the
// normal build and tests never see them; Scripts/fuzz sets it and builds them
// with --sanitize=fuzzer --sanitize=address in .build-fuzz.
if ProcessInfo.processInfo.environment["ASTPM_FUZZ"] != nil {
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("FuzzRecordFile", ["Store", "Records"]),
        ("FuzzGuidanceFile", ["Guidance"]),
        ("FuzzInterviewAnswers", ["InterviewEngine", "Guidance", "Records"]),
        ("FuzzREPLLines", ["REPL", "LineEditing", "Guidance", "Advisor", "Store", "Records"]),
    ]
    for (name, dependencies) in fuzzTargets {
        // libFuzzer brings its own main: no top-level code in the target.
        package.targets.append(.executableTarget(name: name, dependencies: dependencies, path: "Scripts/lib/fuzz/" + name,
                                                 swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
        package.products.append(.executable(name: name, targets: [name]))
    }
}

import Foundation
import XCTest

/// The bash completion script in a real bash, completing through the real
/// binary (`__complete`), and `Scripts/install --prefix DIR` laying out the
/// binary, its Guidance, the man page and the completions.
final class InstallAndCompletionTests: XCTestCase {
    var home: URL!
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    override func setUpWithError() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-install-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        addTeardownBlock { [home] in try? FileManager.default.removeItem(at: home!) }
    }

    func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = ["HOME": home.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "SWIFT_BACKTRACE": "enable=no",
                               "XDG_CACHE_HOME": home.appendingPathComponent("cache").path]
        let out = Pipe(), err = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    func binary() throws -> String {
        let binary = REPLInTmuxTests.binaryPath()
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw XCTSkip("no astpm binary at \(binary)") }
        return binary
    }

    /// What bash's Tab would offer for `line`, with the script `astpm completion bash` prints.
    func bashOffers(_ line: String, binary: String, store: String) throws -> [String] {
        let script = home.appendingPathComponent("astpm.bash")
        try run(binary, ["completion", "bash"]).out.write(to: script, atomically: false, encoding: .utf8)
        let full = "\(binary) --store \(store) \(line)"
        let program = """
        source '\(script.path)'
        COMP_LINE='\(full)'; COMP_POINT=${#COMP_LINE}; COMP_WORDBREAKS=$' \\t\\n"\\'><=;|&(:'
        _astpm
        printf '%s\\n' "${COMPREPLY[@]}"
        """
        let result = try run("/bin/bash", ["-c", program])
        XCTAssertEqual(result.status, 0, result.err)
        return result.out.split(separator: "\n").map(String.init)
    }

    func testBashCompletesCommandsOptionsFiltersAndIdsThroughTheBinary() throws {
        let binary = try binary()
        let store = home.appendingPathComponent("store").path
        let example = Self.root.appendingPathComponent("Guidance/examples/sian-prothero").path
        XCTAssertEqual(try run(binary, ["--store", store, "import", example]).status, 0)
        XCTAssertEqual(try bashOffers("rec", binary: binary, store: store), ["records"])
        XCTAssertEqual(try bashOffers("records --j", binary: binary, store: store), ["--json"])
        XCTAssertEqual(try bashOffers("records kind=rev", binary: binary, store: store), ["review"], "after the '=' bash splits at")
        let ids = try bashOffers("show ", binary: binary, store: store)
        XCTAssertTrue(ids.contains { $0.hasSuffix("/2025-26-review") }, ids.joined(separator: " "))
        XCTAssertTrue(try bashOffers("--no-p", binary: binary, store: store).contains("--no-pager"))
    }

    func testInstallPutsTheBinaryItsGuidanceTheManPageAndCompletionsUnderThePrefix() throws {
        let release = Self.root.appendingPathComponent(".build/release/astpm").path
        guard FileManager.default.isExecutableFile(atPath: release) else { throw XCTSkip("no release binary: run Scripts/test") }
        let prefix = home.appendingPathComponent("prefix")
        let result = try run(Self.root.appendingPathComponent("Scripts/install").path, ["--prefix", prefix.path, "--no-build"])
        XCTAssertEqual(result.status, 0, result.err)
        let fm = FileManager.default
        for path in ["bin/astpm", "lib/astpm/astpm", "lib/astpm/astpm_Guidance.resources", "share/man/man1/astpm.1",
                     "share/bash-completion/completions/astpm", "share/zsh/site-functions/_astpm",
                     "share/fish/vendor_completions.d/astpm.fish"] {
            XCTAssertTrue(fm.fileExists(atPath: prefix.appendingPathComponent(path).path), path)
        }
        let installed = prefix.appendingPathComponent("bin/astpm").path
        let version = try run(installed, ["version"])
        XCTAssertEqual(version.status, 0, version.err)
        XCTAssertTrue(try String(contentsOf: prefix.appendingPathComponent("share/man/man1/astpm.1"), encoding: .utf8).hasPrefix(".TH ASTPM 1"))
        // The installed binary reads the Guidance installed beside it: break
        // that copy and its check fails.
        let guide = prefix.appendingPathComponent("lib/astpm/astpm_Guidance.resources/Guidance/guide.yaml")
        XCTAssertTrue(fm.fileExists(atPath: guide.path), "Guidance inside the resources folder")
        try "not: [a guide".write(to: guide, atomically: false, encoding: .utf8)
        let check = try run(installed, ["guidance", "check"])
        XCTAssertEqual(check.status, 1, "the installed copy is the one read: " + check.err)
        XCTAssertEqual(try run(Self.root.appendingPathComponent("Scripts/install").path, ["--bogus"]).status, 1)
    }
}

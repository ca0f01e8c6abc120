import Foundation
import Records
@testable import REPL
import Store
import XCTest

/// Shell completion and the man page (#13): `completion bash|zsh|fish` and
/// `man` are written from the commands' declarations; the hidden
/// `__complete WORDS...` answers with the REPL's own Tab completion.
final class ShellCompletionTests: XCTestCase {
    var store: MemoryRecordStore!
    var output: BufferedOutput!
    var session: REPLSession!

    override func setUpWithError() throws {
        store = MemoryRecordStore()
        output = BufferedOutput()
        let context = REPLContext(guidance: TranscriptRunner.guidance, store: store, output: output, style: OutputStyle(width: 400))
        Services.registerAll(in: context)
        session = REPLSession(context: context)
        _ = try store.create(Record(kind: .review, status: .agreed, ast: "Sam Lee", cycle: "2025-26", created: "2026-07-01"))
    }

    func commandLine(_ arguments: String...) -> (status: Int32, out: String, err: String) {
        let before = (output.text.count, output.errors.count)
        let status = session.runCommandLine(arguments)
        return (status, String(output.text.dropFirst(before.0)), String(output.errors.dropFirst(before.1)))
    }

    func offered(_ words: String...) -> [String] {
        let before = (output.text.count, output.errors.count)
        let status = session.runCommandLine(words)
        let result = (status: status, out: String(output.text.dropFirst(before.0)), err: String(output.errors.dropFirst(before.1)))
        XCTAssertEqual(result.status, 0, result.err)
        return result.out.split(separator: "\n").map(String.init)
    }

    func testCompleteOffersCommandsOptionsFiltersAndIds() throws {
        XCTAssertEqual(offered("__complete", "rec"), ["records"])
        XCTAssertEqual(offered("__complete", "records", "--"), ["--json", "--help"])
        XCTAssertEqual(offered("__complete", "records", "kind=r"), ["kind=review"])
        XCTAssertEqual(offered("__complete", "records", "cycle="), ["cycle=2025-26"])
        XCTAssertEqual(offered("__complete", "records", "ast=S"), ["ast=Sam Lee"])
        let id = try XCTUnwrap(store.list().records.first?.id.rawValue)
        XCTAssertEqual(offered("__complete", "show", ""), [id])
        XCTAssertEqual(offered("__complete", "history", String(id.prefix(3))), [id])
        XCTAssertTrue(offered("__complete", "--st").contains("--store"), "options before the command")
        XCTAssertTrue(offered("__complete", "").contains("completion"))
        XCTAssertFalse(offered("__complete", "").contains("__complete"), "the hidden command is never offered")
        XCTAssertEqual(offered("__complete", "completion", ""), ["bash", "zsh", "fish"])
        XCTAssertEqual(offered("__complete", "ask", "--help"), ["--help"], "--help after __complete is a word to complete, not a request")
    }

    func testTheHiddenCommandIsLeftOutOfHelpAndSuggestions() {
        XCTAssertFalse(commandLine("help").out.contains("__complete"))
        XCTAssertFalse(CommandRegistry.visibleSpecs.contains { $0.name == "__complete" })
        XCTAssertTrue(CommandRegistry.specs.contains { $0.name == "__complete" })
        XCTAssertFalse(commandLine("__compl").err.contains("__complete"))
    }

    func script(_ shell: String) -> String {
        let result = commandLine("completion", shell)
        XCTAssertEqual(result.status, 0, result.err)
        return result.out
    }

    func testTheBashScriptIsValidAndNamesEveryCommandAndOption() throws {
        let text = script("bash")
        for spec in CommandRegistry.visibleSpecs { XCTAssertTrue(text.contains(" " + spec.name + " ") || text.contains("'" + spec.name + " "), spec.name) }
        for option in GlobalOptions.specs { XCTAssertTrue(text.contains(option.primary), option.primary) }
        XCTAssertTrue(text.contains("__complete"))
        XCTAssertTrue(text.hasSuffix("complete -o default -F _astpm astpm\n"))
        let status = try Self.shell("/bin/bash", ["-n"], input: text)
        XCTAssertEqual(status.status, 0, "bash -n: " + status.err)
    }

    func testTheZshAndFishScriptsNameEveryCommand() throws {
        let zsh = script("zsh"), fish = script("fish")
        XCTAssertTrue(zsh.hasPrefix("#compdef astpm\n"))
        for spec in CommandRegistry.visibleSpecs {
            XCTAssertTrue(zsh.contains("'\(spec.name):"), spec.name)
            XCTAssertTrue(fish.contains("-a \(spec.name) -d '"), spec.name)
        }
        XCTAssertTrue(fish.contains("complete -c astpm -n __fish_use_subcommand -l store -r"), fish)
        XCTAssertEqual(commandLine("completion", "tcsh").status, 2)
        XCTAssertEqual(commandLine("completion").status, 2)
    }

    /// zsh and fish read their scripts without running them (`-n`); Scripts/test
    /// installs both, and a machine without one skips saying which.
    func testTheZshAndFishScriptsParse() throws {
        for (shell, path) in [("zsh", "/usr/bin/zsh"), ("fish", "/usr/bin/fish")] {
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw XCTSkip("\(shell) is not installed at \(path) (Scripts/test installs it), so its completion script cannot be syntax-checked")
            }
            let checked = try Self.shell(path, ["-n"], input: script(shell))
            XCTAssertEqual(checked.status, 0, path + ": " + checked.err)
        }
    }

    func testTheManPageIsWrittenFromTheDeclarations() throws {
        let result = commandLine("man")
        XCTAssertEqual(result.status, 0, result.err)
        let page = result.out
        let month = ManPage.text(String(session.context.today.prefix(7)))
        XCTAssertTrue(page.hasPrefix(".TH ASTPM 1 \"\(month)\" \"astpm \(REPLSession.version)\""), String(page.prefix(80)))
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS", "ENVIRONMENT", "FILES"] {
            XCTAssertTrue(page.contains("\n.SH \(section)\n"), section)
        }
        for spec in CommandRegistry.visibleSpecs {
            XCTAssertTrue(page.contains("\n.B " + ManPage.text(spec.usage) + "\n"), spec.usage)
        }
        XCTAssertTrue(page.contains("\\fB\\-\\-no\\-pager\\fR"))
        XCTAssertFalse(page.contains("__complete"))
        let requests = [".TH ", ".SH ", ".TP", ".B ", ".I ", ".br", ".RS", ".RE"]
        for line in page.split(separator: "\n") where line.hasPrefix(".") || line.hasPrefix("'") {
            XCTAssertTrue(requests.contains { line.hasPrefix($0) }, "a line the page does not mean as a request: \(line)")
        }
        XCTAssertEqual(ManPage.text(".start -x \\"), "\\&.start \\-x \\e")
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/groff") {
            let checked = try Self.shell("/usr/bin/groff", ["-man", "-ww", "-z"], input: page)
            XCTAssertEqual(checked.err, "", "groff warns about nothing")
        }
    }

    /// Runs `program` with `input` on stdin.
    static func shell(_ program: String, _ arguments: [String], input: String) throws -> (status: Int32, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let stdin = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: err, as: UTF8.self))
    }
}

import Foundation
@testable import REPL
import Store
import XCTest

/// A REPL session over an empty in-memory store, with the built-in Guidance,
/// services registered and output captured: the set-up the command tests share.
class MemorySessionTestCase: XCTestCase {
    var store: MemoryRecordStore!
    var output: BufferedOutput!
    var session: REPLSession!

    override func setUp() {
        store = MemoryRecordStore()
        output = BufferedOutput()
        let context = REPLContext(guidance: TranscriptRunner.guidance, store: store, output: output, style: OutputStyle(width: 400))
        Services.registerAll(in: context)
        session = REPLSession(context: context)
    }

    /// A REPL line: what it printed and what it complained about.
    func run(_ line: String) -> (out: String, err: String, outcome: LineOutcome) {
        let before = (output.text.count, output.errors.count)
        let outcome = session.execute(line)
        return (String(output.text.dropFirst(before.0)), String(output.errors.dropFirst(before.1)), outcome)
    }

    /// A one-shot command line: its exit status, output and errors.
    func commandLine(_ arguments: String...) -> (status: Int32, out: String, err: String) {
        commandLine(arguments)
    }

    func commandLine(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
        let before = (output.text.count, output.errors.count)
        let status = session.runCommandLine(arguments)
        return (status, String(output.text.dropFirst(before.0)), String(output.errors.dropFirst(before.1)))
    }
}

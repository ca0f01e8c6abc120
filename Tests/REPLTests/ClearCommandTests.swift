import Foundation
import Guidance
import Records
import Store
@testable import REPL
import XCTest

/// `clear` and `cls` are commands, as in a shell, never questions for the guide.
final class ClearCommandTests: XCTestCase {
    func session() -> (REPLSession, BufferedOutput) {
        let output = BufferedOutput()
        let guidance = GuidanceSet(outline: GuideOutline(title: "Guide", reference: "DfES/0143/2004", sections: []))
        let context = REPLContext(guidance: guidance, store: MemoryRecordStore(), output: output)
        return (REPLSession(context: context), output)
    }

    func testClearClearsATerminalAndSaysNothingWhenPiped() {
        let (s, out) = session()
        var cleared = 0
        s.context.clearScreen = { cleared += 1 }
        s.execute("clear")
        s.execute("CLS")
        XCTAssertEqual(cleared, 2)
        XCTAssertEqual(out.text, "", "nothing is answered as a question")
        XCTAssertEqual(out.errors, "")

        let (piped, pipedOut) = session()
        piped.execute("clear")
        XCTAssertEqual(pipedOut.text + pipedOut.errors, "", "piped, clear does nothing, quietly")
        XCTAssertTrue(piped.completions(for: "cle").contains("clear"))
    }
}

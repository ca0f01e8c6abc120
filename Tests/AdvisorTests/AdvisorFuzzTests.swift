@testable import Advisor
import Guidance
import XCTest

/// Random text, from guide words to control characters and long runs, asked as
/// questions and as cases: every answer cites only real paragraphs, a covered
/// answer says something, a declined one attributes nothing to the guide.
/// Seeded (ASTPM_FUZZ_SEED, ASTPM_FUZZ_ROUNDS), so a failure replays.
final class AdvisorFuzzTests: XCTestCase {
    static let pieces: [String] = [
        "AST", "point", "range", "five-point", "two points", "top", "outreach", "20%", "capability", "support", "LEA",
        "September", "she", "he", "hasn't", "not", "until", "?", ".", ",", " - ", "/", "(", ")", "'", "\"", "£350",
        "point 3 of 1-5", "on 14, range 12-16", "a year of support", "wants to leave", "ofsted", "proforma", "0x10",
        "1e3", "-7", "999999999999999999999", "\u{1B}[2J", "\u{0}", "\u{202E}", "é", "🙂", "\n", "   ", "and what", "is it",
    ]

    func testRandomTextGetsAWellFormedAnswer() {
        let advisor = DevSetTests.advisor
        let outline = DevSetTests.guidance.outline
        let environment = ProcessInfo.processInfo.environment
        var rng = SeededGenerator(state: UInt64(environment["ASTPM_FUZZ_SEED"] ?? "") ?? 5_122_026)
        let rounds = Int(environment["ASTPM_FUZZ_ROUNDS"] ?? "") ?? 400
        for round in 0..<rounds {
            let count = Int.random(in: 0...40, using: &rng)
            let text = (0..<count).map { _ in Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &rng)] }.joined(separator: " ")
            let a = advisor.answer(text)
            XCTAssertTrue(a.citations.allSatisfy(outline.contains), "round \(round): \(a.citations) for \(text.debugDescription)")
            XCTAssertTrue(a.reasoning.flatMap(\.cites).allSatisfy(outline.contains), "round \(round)")
            if a.covered {
                XCTAssertFalse(a.reasoning.isEmpty && a.headline.isEmpty, "round \(round): a covered answer says something")
            } else {
                XCTAssertTrue(a.citations.isEmpty, "round \(round): a declined answer cites nothing")
            }
        }
    }
}

/// SplitMix64, the same on every machine.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

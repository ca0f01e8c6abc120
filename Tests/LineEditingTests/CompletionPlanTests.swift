import XCTest
@testable import LineEditing

final class CompletionPlanTests: XCTestCase {
    func testCurrentWordIsTextAfterTheLastSpace() {
        XCTAssertEqual(CompletionPlan.currentWord("he"), "he")
        XCTAssertEqual(CompletionPlan.currentWord("help gu"), "gu")
        XCTAssertEqual(CompletionPlan.currentWord("help "), "")
        XCTAssertEqual(CompletionPlan.currentWord(""), "")
    }

    func testOneCandidateReplacesTheWordAndAddsASpace() {
        XCTAssertEqual(CompletionPlan.make(lineBeforeCursor: "he", candidates: ["help"]),
                       .replace(deleting: 2, with: "help "))
        XCTAssertEqual(CompletionPlan.make(lineBeforeCursor: "help ", candidates: ["guidance"]),
                       .replace(deleting: 0, with: "guidance "))
    }

    func testSeveralCandidatesExtendToTheCommonPrefix() {
        XCTAssertEqual(CompletionPlan.make(lineBeforeCursor: "he", candidates: ["help", "hello"]),
                       .replace(deleting: 2, with: "hel"))
    }

    func testSeveralCandidatesWithNothingInCommonAreListedSorted() {
        XCTAssertEqual(CompletionPlan.make(lineBeforeCursor: "", candidates: ["quit", "help", "exit", "help"]),
                       .list(["exit", "help", "quit"]))
        XCTAssertEqual(CompletionPlan.make(lineBeforeCursor: "hel", candidates: ["help", "hello"]),
                       .list(["hello", "help"]))
    }

    func testNoCandidateBeeps() {
        XCTAssertEqual(CompletionPlan.make(lineBeforeCursor: "zz", candidates: []), .none)
        XCTAssertEqual(CompletionPlan.make(lineBeforeCursor: "zz", candidates: [""]), .none)
    }

    func testCountsUnicodeScalarsNotBytes() {
        XCTAssertEqual(CompletionPlan.make(lineBeforeCursor: "Zo", candidates: ["Zoë"]),
                       .replace(deleting: 2, with: "Zoë "))
        XCTAssertEqual(CompletionPlan.make(lineBeforeCursor: "record Zoë N", candidates: ["Zoë Ní", "Zoë Nolan"]).self,
                       .replace(deleting: 1, with: "Zoë N"))
    }

    func testColumnsFillDownThenAcross() {
        XCTAssertEqual(CompletionPlan.columns(["exit", "help", "quit", "version"], width: 100),
                       ["exit     help     quit     version"])
        XCTAssertEqual(CompletionPlan.columns(["a", "b", "c", "d", "e"], width: 9),
                       ["a  c  e", "b  d"])
        XCTAssertEqual(CompletionPlan.columns(["a-very-long-candidate"], width: 5), ["a-very-long-candidate"])
        XCTAssertEqual(CompletionPlan.columns([], width: 80), [])
    }
}

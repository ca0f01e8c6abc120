@testable import Advisor
import Guidance
import XCTest

/// A question about something else entirely is declined, however many everyday
/// words it shares with a paragraph; every way of asking the guide's own
/// questions stays on the subject.
final class SubjectGateTests: XCTestCase {
    let advisor = DevSetTests.advisor
    let guidance = GuidanceLoader.load(directory: GuidanceLoader.builtInDirectory!).guidance!

    func testEveryShippedWayOfAskingAboutAParagraphOrGapIsOnTheSubject() {
        let gate = SubjectGate(guidance: guidance)
        let correct = advisor.ranker.index.speller.correct
        let asks = guidance.passages.flatMap { $0.asks + [$0.question ?? ""] }.filter { !$0.isEmpty } + guidance.gaps.flatMap(\.asks)
        XCTAssertGreaterThan(asks.count, 1000)
        let off = asks.filter { !gate.admits($0, correct: correct) }
        XCTAssertEqual(off, [], "add a word to lexicon.yaml's subject list so these are not turned away")
    }

    func testEverydayQuestionsSharingWordsWithTheGuideAreDeclinedWithNoParagraphOffered() {
        for q in ["best way to get red wine out of a carpet?", "my wifi keeps dropping every evening, how do i fix my router",
                  "how often does a car need an MOT?"] {
            let a = advisor.answer(q)
            XCTAssertFalse(a.covered, q)
            XCTAssertEqual(a.citations, [], q)
            XCTAssertTrue(a.nearest.isEmpty, "\(q): no paragraph of the guide is nearest to a carpet stain")
            XCTAssertEqual(a.headline, "The guide does not cover that: it is about the performance management of ASTs.", q)
        }
    }

    func testATypedWrongSubjectWordStillCounts() {
        let gate = SubjectGate(guidance: guidance)
        XCTAssertTrue(gate.admits("how many objectves", correct: advisor.ranker.index.speller.correct))
        XCTAssertFalse(gate.admits("how many objectves", correct: { $0 }))
    }

    func testAShareOfTimeWithAPercentSignIsOnTheSubject() {
        let a = advisor.answer("is the 20% a fixed requirement or just the usual amount")
        XCTAssertTrue(a.covered)
    }

    func testQuestionsAboutAstpmItselfStillReachTheirOwnTopic() {
        let a = advisor.answer("how do I quit this program")
        XCTAssertFalse(a.covered)
        XCTAssertEqual(a.declinedTopic.map { $0.contains("astpm") }, true, "\(a.headline)")
    }

    func testAGuidanceFolderWithNoSubjectListChecksNothing() {
        var bare = guidance
        bare.subjectWords = []
        XCTAssertTrue(SubjectGate(guidance: bare).admits("red wine on the carpet", correct: { $0 }))
        XCTAssertFalse(SubjectGate(guidance: guidance).admits("red wine on the carpet", correct: { $0 }))
    }

    /// A general question about a topic the guide leaves out is declined even
    /// when it reads like a case ("first year", "sick leave").
    func testAGeneralQuestionOnAnOutsideTopicIsNotAnsweredAsACase() {
        let a = advisor.answer("how many days sick leave on full pay does a teacher get in their first year of service?")
        XCTAssertFalse(a.covered)
        XCTAssertEqual(a.declinedTopic.map { $0.contains("sick") }, true, "\(a.headline)")
    }
}

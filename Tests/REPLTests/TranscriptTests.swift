import Configuration
import XCTest

/// Conversations pinned by golden transcripts (see TranscriptRunner).
final class TranscriptTests: XCTestCase {
    func testBasics() throws { try TranscriptRunner.check("basics") }
    func testQuestions() throws { try TranscriptRunner.check("questions") }
    func testWhatIf() throws { try TranscriptRunner.check("whatif") }
    func testHelpTopics() throws { try TranscriptRunner.check("help-topics") }
    func testDecisions() throws { try TranscriptRunner.check("decisions") }
    func testDiscard() throws { try TranscriptRunner.check("discard") }
    /// A described case that turns on a missing fact: the follow-up question,
    /// an answer that refines it, Enter to skip, and a new line read as usual.
    func testFollowUp() throws { try TranscriptRunner.check("followup") }
}

/// One golden transcript per interview, from `start` to the agreed record.
final class InterviewTranscriptTests: XCTestCase {
    func testObjectives() throws { try TranscriptRunner.check("interview-objectives") }
    func testEvidence() throws { try TranscriptRunner.check("interview-evidence") }
    func testReview() throws { try TranscriptRunner.check("interview-review") }
    func testSupport() throws { try TranscriptRunner.check("interview-support") }
    func testTour() throws { try TranscriptRunner.check("interview-tour") }
    func testPauseAndResume() throws { try TranscriptRunner.check("interview-pause-resume") }

    /// The review reads the worked example's plan and evidence log: each
    /// objective is offered in turn (Enter takes it) with the evidence logged
    /// against it and the log's cautions, Enter takes that evidence as the
    /// judgement's basis, and the saved review keeps both.
    func testReviewReadsThePlanAndTheEvidenceLog() throws {
        try TranscriptRunner.check("interview-review-with-plan",
                                   seed: TranscriptRunner.workedExample("2025-26-planning", "2025-26-evidence"))
    }

    /// The configuration file's line manager is the answer Enter takes when an
    /// interview asks for the line manager; a typed name replaces it.
    func testTheConfiguredLineManagerIsOffered() throws {
        try TranscriptRunner.check("interview-configured-line-manager",
                                   configuration: AstpmConfig(school: "Elmfield High School", lineManager: "Femi Adeyemi"))
    }

    /// A review for the next cycle takes the pay range and point from the last
    /// one (point 19 and 1 point recommended: point 20), as defaults Enter accepts.
    func testReviewTakesTheRangeAndPointFromLastYearsReview() throws {
        try TranscriptRunner.check("interview-review-next-year",
                                   seed: TranscriptRunner.workedExample("2025-26-planning", "2025-26-evidence", "2025-26-review"))
    }
}

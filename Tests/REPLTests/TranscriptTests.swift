import XCTest

/// Conversations pinned by golden transcripts (see TranscriptRunner).
final class TranscriptTests: XCTestCase {
    func testBasics() throws { try TranscriptRunner.check("basics") }
    func testQuestions() throws { try TranscriptRunner.check("questions") }
    func testWhatIf() throws { try TranscriptRunner.check("whatif") }
}

import XCTest
import Guidance
import Records
@testable import InterviewEngine

/// Walks every shipped interview many times with random answers (fixed seed),
/// sometimes going back or skipping, and checks each walk ends in a record or a
/// clear stop, never a dead end, and that together the walks reach every step.
final class RandomWalkTests: XCTestCase {
    func testEveryPathOfEveryShippedInterviewEndsInARecordOrAClearStop() {
        var rng = SeededGenerator(seed: 20040143)
        for interview in Shipped.guidance.interviews {
            var reached = Set<String>()
            var outcomes = (records: 0, stops: 0)
            for _ in 0..<300 {
                var engine = InterviewEngine(interview: interview, today: "2026-07-01")
                var action = engine.begin()
                var steps = 0
                walk: while true {
                    steps += 1
                    if steps > 2000 { return XCTFail("\(interview.id): no end after 2000 events") }
                    switch action {
                    case .ask(let q, _), .invalid(_, let q):
                        reached.insert(q.stepID)
                        if Int.random(in: 0..<25, using: &rng) == 0 { action = engine.back(); continue }
                        if q.optional && Bool.random(using: &rng) { action = engine.skip(); continue }
                        action = engine.answer(Self.randomAnswer(q, &rng))
                    case .finished(let record, _):
                        outcomes.records += 1
                        XCTAssertEqual(record.kind.rawValue, interview.record.kind.value)
                        for c in record.conclusions {
                            XCTAssertFalse(c.cites.isEmpty, "\(interview.id): conclusion without citation: \(c.text)")
                            XCTAssertFalse(c.text.contains("(not given)"), "\(interview.id): \(c.text)")
                        }
                        if interview.agreement != nil, record.status == .agreed { XCTAssertNotNil(record.agreement) }
                        break walk
                    case .stopped(let why, _):
                        XCTAssertFalse(why.text.contains("no way on"), "\(interview.id): dead end: \(why.text)")
                        XCTAssertFalse(why.cites.isEmpty)
                        outcomes.stops += 1
                        break walk
                    case .show:
                        return XCTFail("answers never produce .show")
                    }
                }
                for step in interview.steps where step.kind == .stop || step.kind == .note {
                    if engine.state.shownNotes.contains(step.id) { reached.insert(step.id) }
                }
            }
            XCTAssertGreaterThan(outcomes.records, 0, interview.id)
            let answerable = Set(interview.allSteps.filter(\.takesAnswer).map(\.id))
            XCTAssertEqual(answerable.subtracting(reached), [], "\(interview.id): steps no random walk reached")
        }
    }

    static func randomAnswer(_ q: Question, _ rng: inout SeededGenerator) -> String {
        if let d = q.defaultAnswer, Bool.random(using: &rng) { return "" }
        switch q.kind {
        case .choice, .yesno: return q.choices.randomElement(using: &rng)!.value
        case .number: return String(Int.random(in: 0...20, using: &rng))
        case .percentage: return ["20", "10%", "25", "0"].randomElement(using: &rng)!
        case .date: return "2026-0\(Int.random(in: 1...9, using: &rng))-1\(Int.random(in: 0...9, using: &rng))"
        case .cycle: return ["2025-26", "2025/26", "25-26", "2025-2026"].randomElement(using: &rng)!
        case .list: return ["a, b", "one item", "x; y; z"].randomElement(using: &rng)!
        default: return ["Zoë Ní Bhriain", "Sam Patel", "some text"].randomElement(using: &rng)!
        }
    }
}

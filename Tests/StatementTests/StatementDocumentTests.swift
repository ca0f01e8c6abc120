import Records
@testable import Statement
import XCTest

/// The statement's structure: page rules, the decision box, tables, labels,
/// skipped answers, the "from" notes and the signature boxes.
final class StatementDocumentTests: XCTestCase {
    let vocabulary = StatementVocabulary(labels: [
        .review: ["points": "points recommended", "funds": "funds for awards considered", "objective": "objective",
                  "outcome": "outcome", "evidence": "evidence", "review-date": "review date", "notes": "other notes"],
        .evidence: ["bears-on": "objectives it bears on", "one-off": "one-off example", "date": "date"],
    ])

    func review(agreed: Bool = true) -> Record {
        Record(kind: .review, status: agreed ? .agreed : .draft, ast: "Ayo O'Neill <x>", cycle: "2025-26", created: "2026-07-01",
               updated: "2026-07-08",
               fields: [RecordField("ast-name", .text("Ayo O'Neill <x>")), RecordField("review-date", .text("2026-07-01")),
                        RecordField("objectives", .list([.map([RecordField("objective", .text("Fractions")), RecordField("outcome", .text("met")),
                                                              RecordField("evidence", .text("Data")), RecordField("mitigation", .text("no"))])])),
                        RecordField("points", .text("1")), RecordField("funds", .text("yes")),
                        RecordField("notes", .text("(skipped)"))],
               conclusions: [Conclusion(text: "Pay: one point.", cites: ["prp.1", "qa.14"], because: ["points", "review-date"]),
                             Conclusion(text: "Review the range.", cites: ["pay-review.2"], because: ["first-year"]),
                             Conclusion(text: "Told she is doing well.", cites: ["monitoring.5"])],
               agreement: agreed ? Agreement(lineManager: "Femi Adeyemi", ast: "Ayo O'Neill <x>", date: "2026-07-08", comments: ["Fine."]) : nil,
               notes: "**Met** on 1 July.")
    }

    func html(_ r: Record, settings: StatementSettings = StatementSettings(school: "Elmfield High", lea: "Westshire LEA")) -> String {
        StatementDocument(entries: [.init(record: r, id: "ayo-ab12/2025-26-review")], settings: settings, vocabulary: vocabulary).html()
    }

    func testPagesAreA4WithTheNameRecordAndPageNumbersInTheMargins() {
        let page = html(review())
        XCTAssertTrue(page.contains("size: A4;"))
        XCTAssertTrue(page.contains("counter(page) \" of \" counter(pages)"))
        XCTAssertTrue(page.contains("@top-right { content: \"Confidential: personal data\""))
        XCTAssertTrue(page.contains("@page record-1 {"))
        XCTAssertTrue(page.contains(HTMLText.cssString("Ayo O'Neill <x> · Performance review · cycle 2025-26")), page)
        XCTAssertTrue(page.contains(HTMLText.cssString("Record ayo-ab12/2025-26-review")))
        XCTAssertTrue(page.contains("style=\"page: record-1\""))
        XCTAssertTrue(page.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        XCTAssertFalse(page.contains("<script"))
        XCTAssertFalse(page.contains("src="))
        XCTAssertFalse(page.contains("Ayo O'Neill <x>"), "every value escaped")
    }

    func testTheDecisionIsBoxedFirstWithItsCitations() throws {
        let page = html(review())
        let box = try XCTUnwrap(page.range(of: "<div class=\"decision\">"))
        let objectives = try XCTUnwrap(page.range(of: "<table class=\"items"))
        XCTAssertLessThan(box.lowerBound, objectives.lowerBound)
        XCTAssertTrue(page.contains("<tr><th>Pay</th><td><p>Pay: one point. <span class=\"cite\">[prp.1, qa.14]</span>"), page)
        XCTAssertTrue(page.contains("<tr><th>Range review</th><td><p>Review the range. <span class=\"cite\">[pay-review.2]</span>"), page)
        XCTAssertTrue(page.contains("<li>Told she is doing well. <span class=\"cite\">[monitoring.5]</span></li>"), "other findings listed below")
        XCTAssertEqual(page.components(separatedBy: "Pay: one point.").count, 2, "each conclusion once")
    }

    func testFullLabelsLongDatesAndNothingPrintedAsSkipped() {
        let page = html(review())
        XCTAssertTrue(page.contains("<th>Points recommended</th><td>1</td>"), page)
        XCTAssertTrue(page.contains("<th>Funds for awards considered</th><td>yes</td>"))
        XCTAssertTrue(page.contains("<th>Review date</th><td>1 July 2026</td>"))
        XCTAssertTrue(page.contains("<th>Other notes</th><td><span class=\"none\">not recorded</span></td>"))
        XCTAssertFalse(page.contains("(skipped)"))
        XCTAssertTrue(page.contains("Agreed on 8 July 2026 by Femi Adeyemi"))
        XCTAssertTrue(page.contains("<p><strong>Met</strong> on 1 July.</p>"))
    }

    func testFromNotesNameTheAnswersWithoutChangingThem() {
        let page = html(review())
        XCTAssertTrue(page.contains("(from: points recommended; review date)"), page)
        var r = review()
        r.conclusions = [Conclusion(text: "x", cites: [], because: ["2026-07-01", "some_key"])]
        XCTAssertTrue(html(r).contains("(from: 2026-07-01; some_key)"))
    }

    func testObjectivesAreATableWithTheirOtherAnswersBelow() {
        let page = html(review())
        XCTAssertTrue(page.contains("<thead><tr><th class=\"num\">No.</th><th>Objective</th><th>Outcome</th><th>Evidence</th></tr></thead>"), page)
        XCTAssertTrue(page.contains("<tbody><tr><td class=\"num\">1</td><td>Fractions</td><td>met</td><td>Data</td></tr><tr class=\"more\"><td></td><td colspan=\"3\"><div><span class=\"k\">Mitigation:</span> no</div></td></tr></tbody>"), page)
    }

    func testSignatureBoxesKeepTogetherWithTheAgreement() {
        let page = html(review())
        XCTAssertTrue(page.contains(".agreement { break-inside: avoid;"))
        XCTAssertTrue(page.contains("<tr><th>Name</th><td>Femi Adeyemi</td><td>Ayo O&#39;Neill &lt;x&gt;</td></tr>"), page)
        XCTAssertTrue(page.contains("<tr class=\"signature\"><th>Signature</th><td></td><td></td></tr>"))
        let draft = html(review(agreed: false), settings: StatementSettings(lineManager: "Kim Lee"))
        XCTAssertTrue(draft.contains("Not yet agreed"))
        XCTAssertTrue(draft.contains("<tr><th>Name</th><td>Kim Lee</td>"), draft)
        XCTAssertTrue(draft.contains("Draft, not yet agreed"))
    }

    func testSchoolAndLEAFromSettingsOrBlanksToFillIn() {
        XCTAssertTrue(html(review()).contains("<p class=\"org\">Elmfield High · Westshire LEA</p>"))
        XCTAssertTrue(html(review(), settings: StatementSettings()).contains("<p class=\"org blank\">School:"))
    }

    func testAWholeCycleIsOneDocumentWithAPageStylePerRecord() {
        let plan = Record(kind: .planning, ast: "Sam", cycle: "2025-26", created: "2025-09-01")
        let doc = StatementDocument(entries: [.init(record: plan, id: "sam/2025-26-planning"), .init(record: review(), id: "sam/2025-26-review")],
                                    vocabulary: vocabulary).html()
        XCTAssertTrue(doc.contains("@page record-2 {"))
        XCTAssertTrue(doc.contains("section.record + section.record { break-before: page; }"))
        XCTAssertTrue(doc.contains("<title>Performance management record — Sam — 2025-26</title>"))
        XCTAssertEqual(doc.components(separatedBy: "<section class=\"record\"").count, 3)
    }

    func testFieldsWrittenWithUnderscoresAreTheSameFields() {
        var r = review()
        r.fields = [RecordField("ast_name", .text(r.ast)), RecordField("line_manager", .text("Sam Patel")),
                    RecordField("items", .list([.map([RecordField("bears_on", .text("Objective 1")), RecordField("date", .text("2026-01-02"))])]))]
        r.kind = .evidence
        r.agreement = nil
        let page = html(r)
        XCTAssertTrue(page.contains("<th>Line manager</th><td>Sam Patel</td>"), page)
        XCTAssertFalse(page.contains("<th>AST name</th>"), "the heading shows the AST and the line manager once")
        XCTAssertTrue(page.contains("<th>Date</th><th>Objectives it bears on</th>"), "the chosen columns, in either spelling")
    }

    func testDecisionTopicsFollowTheParagraphsCited() {
        XCTAssertEqual(DecisionTopic.of(Conclusion(text: "x", cites: ["qa.17", "qa.14"])), .rangeReview)
        XCTAssertEqual(DecisionTopic.of(Conclusion(text: "x", cites: ["qa.13"])), .pay)
        XCTAssertEqual(DecisionTopic.of(Conclusion(text: "No progression on 1 September", cites: ["prp.1"])), .pay)
        XCTAssertEqual(DecisionTopic.of(Conclusion(text: "x", cites: ["qa.10"], because: ["capability"])), .support)
        XCTAssertNil(DecisionTopic.of(Conclusion(text: "x", cites: ["monitoring.5"])))
    }
}

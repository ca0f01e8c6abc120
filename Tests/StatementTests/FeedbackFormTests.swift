@testable import Records
@testable import Statement
import XCTest

/// The outreach feedback form: which objectives it asks about, what a receiving
/// school's filled-in Markdown reads back as, every way a form can be filled in
/// wrongly (each with its line), and the printable page.
final class FeedbackFormTests: XCTestCase {
    func plan(ast: String = "Zoë <Ní> Bhriain") -> Record {
        func objective(_ text: String, area: String, lea: String = "no", criteria: String? = nil) -> RecordValue {
            var f = [RecordField("objective", .text(text)), RecordField("area", .text(area)), RecordField("lea-involved", .text(lea))]
            if let criteria { f.append(RecordField("success-criteria", .text(criteria))) }
            return .map(f)
        }
        return Record(kind: .planning, status: .agreed, ast: ast, cycle: "2025-26", created: "2025-09-20",
                      fields: [RecordField("school", .text("Elmfield High")),
                               RecordField("objectives", .list([
                                   objective("Year 9 proportional reasoning", area: "classroom teaching"),
                                   objective("Fractions at Brookvale Primary", area: "outreach", criteria: "Two units use the sequence"),
                                   objective("Coach three teachers", area: "inreach"),
                                   objective("LEA numeracy network sessions", area: "professional practice", lea: "yes"),
                               ]))])
    }

    func filled(_ form: String, _ answers: [String: String]) -> String {
        var lines: [String] = []
        var pendingHeading: String?
        for line in form.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            lines.append(line)
            if line.hasPrefix("## ") { pendingHeading = String(line.dropFirst(3)) }
            if line.hasPrefix("> "), let h = pendingHeading, let a = answers.first(where: { h.hasPrefix($0.key) })?.value {
                lines.append(a)
                pendingHeading = nil
            }
        }
        return lines.joined(separator: "\n")
    }

    let complete = ["Your school": "Brookvale Primary", "Your name and role": "A. Okoro, headteacher", "Date completed": "22 May 2026",
                    "Objective 2": "Both teachers use the sequence.\nPupils' books show it.", "How receptive": "mixed - one teacher left",
                    "Has your school": "partly", "Anything else": "Thank you."]

    func testTheFormAsksOnlyAboutTheOutreachObjectivesNumberedAsInThePlan() {
        let form = OutreachFeedbackForm.from(plan: plan())
        XCTAssertEqual(form.objectives.map(\.number), [2, 4], "outreach by area, and the one agreed with the LEA")
        XCTAssertEqual(form.objectives[0].successCriteria, "Two units use the sequence")
        XCTAssertEqual(form.school, "Elmfield High")
        let md = form.markdown()
        XCTAssertTrue(md.hasPrefix("---\nform: astpm outreach feedback\nast: Zoë <Ní> Bhriain\ncycle: 2025-26\n---\n"), md)
        XCTAssertTrue(md.contains("## Objective 2: Fractions at Brookvale Primary"))
        XCTAssertFalse(md.contains("Coach three teachers"), "inreach is not the receiving school's to judge")
    }

    func testAFilledFormReadsBackAsOneEvidenceItemLeavingTheWeightToTheLineManager() throws {
        let text = filled(OutreachFeedbackForm.from(plan: plan()).markdown(), complete)
        XCTAssertTrue(FilledOutreachFeedback.isForm(text))
        let f = try FilledOutreachFeedback.parse(text, today: "2026-06-01")
        XCTAssertEqual(f.ast, "Zoë <Ní> Bhriain")
        XCTAssertEqual(f.date, "2026-05-22")
        XCTAssertEqual(f.answers.map(\.objective), [2], "objective 4 was left blank")
        XCTAssertEqual(f.answers[0].comments, "Both teachers use the sequence. Pupils' books show it.")
        XCTAssertEqual(f.receptive, "mixed")
        XCTAssertEqual(f.builtOn, "partly")
        XCTAssertEqual(f.otherComments, ["On receptiveness: one teacher left", "Also: Thank you."])
        guard case .map(let item) = f.evidenceItem() else { return XCTFail("an item is a map") }
        func value(_ k: String) -> RecordValue? { item.first(where: { $0.key == k })?.value }
        XCTAssertEqual(value("kind"), .text("proforma"))
        XCTAssertEqual(value("source"), .text("A. Okoro, headteacher, Brookvale Primary"))
        XCTAssertEqual(value("outreach"), .text("yes"))
        XCTAssertEqual(value("bears-on"), .list([.text("Objective 2 (Fractions at Brookvale Primary)")]))
        XCTAssertNil(value("weight"), "what weight it carries is the line manager's call (evidence.2)")
        let log = f.evidenceLog(today: "2026-06-01")
        XCTAssertEqual(log.kind, .evidence)
        XCTAssertEqual(log.status, .draft)
        XCTAssertEqual(log.conclusions.first?.cites, ["evidence.1", "evidence.2", "qa.4"])
    }

    func testEveryMistakeInAFormIsNamedWithItsLine() {
        let form = OutreachFeedbackForm.from(plan: plan()).markdown()
        func error(_ text: String) -> FeedbackFormError? {
            do { _ = try FilledOutreachFeedback.parse(text, today: "2026-06-01"); return nil } catch { return error as? FeedbackFormError }
        }
        var noName = complete
        noName["Your name and role"] = nil
        let missing = error(filled(form, noName))
        XCTAssertEqual(missing?.message, "the name and role of whoever completed the form is not filled in (under '## Your name and role')")
        XCTAssertEqual(missing.map { filled(form, noName).split(separator: "\n", omittingEmptySubsequences: false)[$0.line - 1] }, "## Your name and role")
        var future = complete
        future["Date completed"] = "2026-07-30"
        XCTAssertEqual(error(filled(form, future))?.message, "the date completed, 2026-07-30, is after today (2026-06-01)")
        var notADate = complete
        notADate["Date completed"] = "31/02/2026"
        XCTAssertTrue(error(filled(form, notADate))?.message.contains("is not a date") ?? false)
        var oddWord = complete
        oddWord["How receptive"] = "very keen"
        XCTAssertEqual(error(filled(form, oddWord))?.message, "the answer should start with one of: receptive, mixed, resistant (found 'very')")
        var blank = complete
        blank["Objective 2"] = nil
        XCTAssertTrue(error(filled(form, blank))?.message.hasPrefix("no objective has an answer") ?? false)
        XCTAssertTrue(error(form.replacingOccurrences(of: "form: astpm outreach feedback", with: "form: something"))?.message.hasPrefix("this is not an astpm outreach feedback form") ?? false)
        XCTAssertTrue(error(form.replacingOccurrences(of: "cycle: 2025-26", with: "cycle: this year"))?.message.contains("cycle") ?? false)
        XCTAssertTrue(error(form.replacingOccurrences(of: "## Your school", with: "## School"))?.message.contains("'## Your school' is missing") ?? false)
        XCTAssertFalse(FilledOutreachFeedback.isForm("---\nschema: 1\nkind: review\n---\n"), "a record file is not a form")
    }

    func testDatesAreReadAsPeopleWriteThemAndOnlyRealDaysCount() {
        let table: [(String, String?)] = [
            ("2026-05-22", "2026-05-22"), ("22/5/2026", "2026-05-22"), ("22 May 2026", "2026-05-22"), ("8 july 2026", "2026-07-08"),
            ("1st Sept 2025", "2025-09-01"), ("29/02/2028", "2028-02-29"), ("29/02/2026", nil), ("May 2026", nil), ("yesterday", nil),
            ("2026-13-01", nil),
        ]
        for (typed, want) in table { XCTAssertEqual(FormDate.read(typed), want, typed) }
    }

    func testThePrintableFormEscapesEverythingAndLoadsNothing() {
        let page = FeedbackFormDocument(form: OutreachFeedbackForm.from(plan: plan()), settings: StatementSettings(school: "Elmfield High", lea: "Westshire LEA")).html()
        XCTAssertTrue(page.contains("size: A4;"))
        XCTAssertTrue(page.contains("Zoë &lt;Ní&gt; Bhriain"))
        XCTAssertFalse(page.contains("<Ní>"))
        XCTAssertTrue(page.contains("Objective 2: Fractions at Brookvale Primary"))
        XCTAssertTrue(page.contains("Agreed success criteria:</span> Two units use the sequence"))
        XCTAssertTrue(page.contains("default-src 'none'"))
        XCTAssertFalse(page.contains("<script"))
        XCTAssertFalse(page.contains("Coach three teachers"))
    }
}

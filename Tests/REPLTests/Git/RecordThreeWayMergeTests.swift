import Records
import XCTest

/// The field-by-field merge `sync` uses, as a pure function.
final class RecordThreeWayMergeTests: XCTestCase {
    let base = Record(kind: .review, ast: "Sam Lee", cycle: "2025-26", created: "2026-07-01", updated: "2026-07-01",
                      fields: [RecordField("points", .text("1")), RecordField("summary", .text("Good")),
                               RecordField("items", .list([.map([RecordField("source", .text("a"))])]))],
                      conclusions: [Conclusion(text: "One point", cites: ["qa.6"])], notes: "Base")

    func merged(_ ours: Record, _ theirs: Record, base: Record? = nil) -> Record? {
        if case .merged(let r) = RecordThreeWayMerge.merge(base: base ?? self.base, ours: ours, theirs: theirs) { return r }
        return nil
    }

    func conflicts(_ ours: Record, _ theirs: Record, base: Record? = nil) -> [String] {
        if case .conflicts(let c) = RecordThreeWayMerge.merge(base: base ?? self.base, ours: ours, theirs: theirs) { return c.map(\.field) }
        return []
    }

    func testAFieldChangedOnOneSideTakesThatSideAndDatesTakeTheLater() {
        var ours = base, theirs = base
        ours.fields[0].value = .text("2")
        ours.updated = "2026-07-03"
        theirs.notes = "Theirs"
        theirs.updated = "2026-07-02"
        let m = merged(ours, theirs)
        XCTAssertEqual(m?.fields[0].value, .text("2"))
        XCTAssertEqual(m?.notes, "Theirs")
        XCTAssertEqual(m?.updated, "2026-07-03")
    }

    func testTheSameChangeOnBothSidesIsNoConflictButDifferentChangesAre() {
        var ours = base, theirs = base
        ours.fields[1].value = .text("Very good")
        theirs.fields[1].value = .text("Very good")
        XCTAssertEqual(merged(ours, theirs)?.fields[1].value, .text("Very good"))
        theirs.fields[1].value = .text("Excellent")
        ours.status = .agreed
        theirs.notes = "Other"
        ours.notes = "Mine"
        XCTAssertEqual(conflicts(ours, theirs), ["notes", "fields.summary"])
    }

    func testListItemsMergeByPlaceAndAddedItemsAreAllKept() {
        var ours = base, theirs = base
        ours.fields[2].value = .list([.map([RecordField("source", .text("a")), RecordField("weight", .text("high"))]),
                                      .map([RecordField("source", .text("b"))])])
        theirs.fields[2].value = .list([.map([RecordField("source", .text("a")), RecordField("date", .text("2026-01-01"))]),
                                        .map([RecordField("source", .text("c"))])])
        XCTAssertEqual(merged(ours, theirs)?.fields[2].value, .list([
            .map([RecordField("source", .text("a")), RecordField("weight", .text("high")), RecordField("date", .text("2026-01-01"))]),
            .map([RecordField("source", .text("b"))]), .map([RecordField("source", .text("c"))]),
        ]))
        theirs.fields[2].value = .list([.map([RecordField("source", .text("z"))])])
        ours.fields[2].value = .list([.map([RecordField("source", .text("y"))])])
        XCTAssertEqual(conflicts(ours, theirs), ["fields.items[1].source"])
        theirs.fields[2].value = .list([])
        XCTAssertEqual(conflicts(ours, theirs), ["fields.items"], "an item removed on one side and changed on the other")
    }

    func testAFieldRemovedOnOneSideAndARecordAddedOnBothSides() {
        var ours = base, theirs = base
        theirs.fields.remove(at: 1)
        XCTAssertEqual(merged(ours, theirs)?.fields.map(\.key), ["points", "items"])
        ours.fields[1].value = .text("Changed")
        XCTAssertEqual(conflicts(ours, theirs), ["fields.summary"])
        var a = base, b = base
        a.fields[0].value = .text("2")
        b.fields.append(RecordField("extra", .text("x")))
        guard case .conflicts(let c) = RecordThreeWayMerge.merge(base: nil, ours: a, theirs: b) else { return XCTFail("merged") }
        XCTAssertEqual(c.map(\.field), ["fields.points"], "with no base (added on both sides), every differing value is a conflict")
        XCTAssertEqual(RecordThreeWayMerge.merge(base: nil, ours: a, theirs: a), .merged(a))
    }

    /// A text field changed on both sides can be settled with a new value a
    /// person types; a status cannot be typed, so it stays a conflict.
    func testATextConflictTakesATypedValueButAStatusCannot() {
        var ours = base, theirs = base
        ours.fields[1].value = .text("Very good")
        theirs.fields[1].value = .text("Excellent")
        ours.notes = "Ours"
        theirs.notes = "Theirs"
        guard case .conflicts(let found) = RecordThreeWayMerge.merge(base: base, ours: ours, theirs: theirs) else { return XCTFail("expected conflicts") }
        XCTAssertEqual(found.map(\.editable), [true, true], "\(found)")
        let typed: [String: RecordThreeWayMerge.Side] = ["notes": .typed("Both agreed in the end"), "fields.summary": .typed("Very good to excellent")]
        guard case .merged(let m) = RecordThreeWayMerge.merge(base: base, ours: ours, theirs: theirs, choosing: typed) else { return XCTFail("not merged") }
        XCTAssertEqual(m.notes, "Both agreed in the end")
        XCTAssertEqual(m.fields[1].value, .text("Very good to excellent"))

        var here = base, there = base
        here.kind = .planning
        there.kind = .evidence
        guard case .conflicts(let kindConflict) = RecordThreeWayMerge.merge(base: base, ours: here, theirs: there,
                                                                            choosing: ["kind": .typed("support")]) else { return XCTFail("a kind cannot be typed") }
        XCTAssertEqual(kindConflict.map(\.field), ["kind"])
        XCTAssertEqual(kindConflict.first?.editable, false)
    }
}

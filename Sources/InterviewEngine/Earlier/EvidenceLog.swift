import Guidance
import Records

/// One item of an AST's evidence log, as the annual review shows it beside
/// the objectives it bears on.
public struct LoggedEvidence: Equatable, Sendable {
    /// Its number in the log, from 1.
    public var number: Int
    public var kind: String
    public var source: String
    public var date: String
    /// What the evidence says, when the log has it.
    public var says: String?
    public var weight: String?
    public var weightReason: String?
    /// The objectives it bears on, as logged ("1, 3", "outreach at Hillside").
    public var bearsOn: String
    /// The plan's objectives it bears on (numbers from 1), as far as the log says.
    public var objectives: [Int]
    /// The cautions the evidence log raises for the item (a one-off example,
    /// verbal feedback, a receiving school that did not take the work up),
    /// with the guide's paragraphs.
    public var cautions: [Remark]

    public init(number: Int, kind: String, source: String, date: String, says: String? = nil, weight: String? = nil,
                weightReason: String? = nil, bearsOn: String, objectives: [Int] = [], cautions: [Remark] = []) {
        self.number = number
        self.kind = kind
        self.source = source
        self.date = date
        self.says = says
        self.weight = weight
        self.weightReason = weightReason
        self.bearsOn = bearsOn
        self.objectives = objectives
        self.cautions = cautions
    }

    /// "verbal feedback from J. Mensah (2025-11-20, weight low)".
    public var summary: String {
        var said = "\(kind) from \(source) (\(date)"
        if let weight { said += ", weight \(weight)" }
        return said + ")"
    }

    /// The whole item on one line, as the review record keeps it: number, date,
    /// kind, source, weight, what it says, the reason for the weight and each caution.
    public var line: String {
        var text = "Item \(number) (\(date)): \(kind) from \(source)"
        if let weight { text += "; weight \(weight)" }
        text += "."
        if let says { text += " What it says: \(LoggedEvidence.sentence(says))" }
        if let weightReason { text += " Reason for the weight: \(LoggedEvidence.sentence(weightReason))" }
        for caution in cautions {
            text += " Caution: \(LoggedEvidence.sentence(caution.text))"
            if !caution.cites.isEmpty { text += " [\(caution.cites.joined(separator: ", "))]" }
        }
        return text
    }

    /// The text ending with a full stop (or the mark it already ends with).
    static func sentence(_ text: String) -> String {
        guard let last = text.last else { return text }
        return [".", "!", "?"].contains(last) ? text : text + "."
    }
}

/// An AST's evidence log for a cycle, read from the stored record, with each
/// item tied to the plan's objectives and the cautions it raised. Pure.
public struct EvidenceLog: Equatable, Sendable {
    public var id: RecordID
    public var agreed: Bool
    /// When the log was last changed.
    public var updated: String
    public var items: [LoggedEvidence]

    public init(id: RecordID, agreed: Bool, updated: String, items: [LoggedEvidence]) {
        self.id = id
        self.agreed = agreed
        self.updated = updated
        self.items = items
    }

    /// Reads a stored evidence log. `interview` (the evidence interview) gives
    /// each item's cautions; `plan` ties each item to the objectives it names.
    public init(_ stored: StoredRecord, interview: Interview?, plan: PlanObjectives?) {
        let record = stored.record
        var items: [LoggedEvidence] = []
        if case .list(let values)? = record.fields.value(EvidenceLog.itemsKey) {
            for case .map(let fields) in values {
                let number = items.count + 1
                func given(_ key: String) -> String? { fields.text(key).flatMap { $0 == Answer.skipped.display() ? nil : $0 } }
                let bearsOn = given("bears-on") ?? ""
                items.append(LoggedEvidence(
                    number: number, kind: given("kind") ?? "evidence", source: given("source") ?? "an unnamed source",
                    date: given("date") ?? "no date", says: given("content"), weight: given("weight"),
                    weightReason: given("weight-reason"), bearsOn: bearsOn,
                    objectives: plan?.numbers(in: bearsOn) ?? [],
                    cautions: interview.map { ItemCautions(interview: $0).cautions(record: record, item: fields, number: number) } ?? []))
            }
        }
        self.init(id: stored.id, agreed: record.status == .agreed, updated: record.updated, items: items)
    }

    /// The field holding the log's items.
    static let itemsKey = "items"

    /// The items tied to none of the plan's objectives (all of them when
    /// there is no plan to tie them to).
    public var unlinked: [LoggedEvidence] { items.filter { $0.objectives.isEmpty } }

    /// The items that bear on an objective: by its number in the plan, or,
    /// without a plan, by the wording the item was logged against.
    public func items(bearingOn objective: String, number: Int?) -> [LoggedEvidence] {
        items.filter { item in
            if let number, item.objectives.contains(number) { return true }
            guard number == nil || item.objectives.isEmpty else { return false }
            let wanted = PersonName.folded(objective)
            return item.bearsOn.split(whereSeparator: { $0 == "," || $0 == ";" }).contains { part in
                let logged = PersonName.folded(String(part))
                return !logged.isEmpty && (logged == wanted || (logged.count >= 4 && wanted.contains(logged)))
            }
        }
    }
}

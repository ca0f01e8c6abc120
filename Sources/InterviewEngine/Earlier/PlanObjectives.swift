import Foundation
import Records

/// The objectives agreed for an AST's cycle, read from the objectives record,
/// so that the evidence log and the annual review can offer them instead of
/// having them typed again, and the review can find the evidence logged
/// against each. Pure: the shell reads the record and passes it in.
public struct PlanObjectives: Equatable, Sendable {
    /// The objectives record they come from.
    public var id: RecordID
    public var agreed: Bool
    /// When that record was last changed.
    public var updated: String
    public var objectives: [String]

    public init(id: RecordID, agreed: Bool, updated: String, objectives: [String]) {
        self.id = id
        self.agreed = agreed
        self.updated = updated
        self.objectives = objectives
    }

    /// The objectives of a stored objectives record, or nil when it lists none.
    public init?(_ stored: StoredRecord) {
        let names = PlanObjectives.objectives(of: stored.record)
        guard !names.isEmpty else { return nil }
        self.init(id: stored.id, agreed: stored.record.status == .agreed, updated: stored.record.updated, objectives: names)
    }

    /// The `objective` of each item of the record's `objectives` list.
    public static func objectives(of record: Record) -> [String] {
        guard case .list(let items)? = record.fields.value("objectives") else { return [] }
        return items.compactMap { item in
            guard case .map(let fields) = item else { return nil }
            return fields.text("objective")
        }
    }

    /// The objective a typed number stands for ("2" → the second), if any.
    public func pick(_ typed: String) -> String? {
        guard let n = Int(typed.trimmingCharacters(in: .whitespaces)), objectives.indices.contains(n - 1) else { return nil }
        return objectives[n - 1]
    }

    /// Which objective (from 1) an answer or reference names: its number ("2",
    /// "Objective 2 (coaching)", "#2"), its wording (case, accents and spacing
    /// aside), or a part of the wording that fits one objective only.
    public func number(of text: String) -> Int? {
        let folded = PersonName.folded(text)
        guard !folded.isEmpty else { return nil }
        let plan = objectives.map(PersonName.folded)
        if let i = plan.firstIndex(of: folded) { return i + 1 }
        if let n = PlanObjectives.leadingNumber(folded) { return objectives.indices.contains(n - 1) ? n : nil }
        guard folded.count >= 4 else { return nil }
        let containing = plan.indices.filter { plan[$0].contains(folded) || folded.contains(plan[$0]) }
        return containing.count == 1 ? containing[0] + 1 : nil
    }

    /// The objectives a reference names, in order: "1, 3", "Objective 2
    /// (coaching)", or an objective's wording (commas and all).
    public func numbers(in reference: String) -> [Int] {
        if let whole = number(of: reference), PlanObjectives.leadingNumber(PersonName.folded(reference)) == nil { return [whole] }
        var out: [Int] = []
        for part in reference.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            if let n = number(of: String(part)), !out.contains(n) { out.append(n) }
        }
        return out
    }

    /// N in "2", "2 (coaching)", "2: coaching", "objective 2", "Objective 2
    /// (coaching)", "obj. 2", "#2"; nil otherwise ("2 departments" is wording).
    static func leadingNumber(_ folded: String) -> Int? {
        var rest = Substring(folded)
        var named = false
        for prefix in ["objective", "obj.", "obj", "#"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            named = true
            break
        }
        rest = rest.drop { $0 == " " }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let n = Int(digits) else { return nil }
        let after = rest.dropFirst(digits.count).drop { $0 == " " }
        guard let next = after.first else { return n }
        if named { return next.isNumber ? nil : n }
        return ["(", ":", ")"].contains(next) ? n : nil
    }
}

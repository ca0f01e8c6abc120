import Foundation
import Records

/// The objectives agreed for an AST's cycle, read from the objectives record in
/// the store, so that the evidence log and the annual review can offer them
/// instead of having them typed again.
struct PlanObjectives: Equatable {
    /// The objectives record they come from.
    var id: RecordID
    var agreed: Bool
    var objectives: [String]

    /// The AST's objectives record for `cycle` (an agreed one before a draft,
    /// then the latest), or nil when there is none with objectives.
    static func find(ast: String, cycle: String, in store: RecordStore) -> PlanObjectives? {
        guard let listing = try? store.list() else { return nil }
        let plans = listing.records.filter {
            $0.record.kind == .planning && fold($0.record.ast) == fold(ast) && fold($0.record.cycle) == fold(cycle)
        }
        let best = plans.sorted {
            ($0.record.status == .agreed ? 1 : 0, $0.record.updated) > ($1.record.status == .agreed ? 1 : 0, $1.record.updated)
        }
        for stored in best {
            let names = objectives(of: stored.record)
            if !names.isEmpty { return PlanObjectives(id: stored.id, agreed: stored.record.status == .agreed, objectives: names) }
        }
        return nil
    }

    /// The `objective` of each item of the record's `objectives` list.
    static func objectives(of record: Record) -> [String] {
        guard case .list(let items)? = record.fields.first(where: { $0.key == "objectives" })?.value else { return [] }
        return items.compactMap { item in
            guard case .map(let fields) = item, case .text(let text)? = fields.first(where: { $0.key == "objective" })?.value else { return nil }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// The objective a typed number stands for ("2" → the second), if any.
    func pick(_ typed: String) -> String? {
        guard let n = Int(typed.trimmingCharacters(in: .whitespaces)), objectives.indices.contains(n - 1) else { return nil }
        return objectives[n - 1]
    }

    /// The list as shown before the question.
    func listing(for kind: ListingKind) -> String {
        let source = "From \(agreed ? "the agreed" : "the draft") objectives record \(id.rawValue):"
        let lines = objectives.enumerated().map { "  \($0.offset + 1). \($0.element)" }
        let hint: String
        switch kind {
        case .pickOne: hint = "Type a number to take one of these, or type the objective."
        case .numbers: hint = "You can type their numbers, separated by commas."
        }
        return ([source] + lines + [hint]).joined(separator: "\n")
    }

    enum ListingKind { case pickOne, numbers }

    private static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespaces)
    }
}

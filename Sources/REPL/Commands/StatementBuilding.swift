import Foundation
import Guidance
import Records
import Statement

/// Builds printed statements from the store, the guidance's labels and the
/// configuration file's school and LEA: one record, or a cycle's records for
/// one AST (`export --all`).
enum StatementBuilding {
    /// The labels `show` uses, for every kind of record.
    static func vocabulary(_ guidance: GuidanceSet) -> StatementVocabulary {
        var labels: [RecordKind: [String: String]] = [:]
        for kind in RecordKind.allCases { labels[kind] = RecordRendering.labels(for: kind, in: guidance) }
        return StatementVocabulary(labels: labels)
    }

    static func settings(_ context: REPLContext) -> StatementSettings {
        StatementSettings(school: context.configuration.school, lea: context.configuration.lea,
                          lineManager: context.configuration.lineManager, guideReference: context.guidanceReference)
    }

    static func document(_ records: [StoredRecord], context: REPLContext) -> StatementDocument {
        StatementDocument(entries: records.map { StatementDocument.Entry(record: $0.record, id: $0.id.rawValue) },
                          settings: settings(context), vocabulary: vocabulary(context.guidance))
    }

    /// The records of one AST's cycle, in the order of the year; the latest
    /// cycle with records when `cycle` is nil. `words` is the AST's name,
    /// optionally followed by a cycle ("Siân Prothero 2025-26").
    static func cycleRecords(_ words: [String], context: REPLContext) throws -> [StoredRecord] {
        var nameWords = words
        var cycle: String?
        if nameWords.count > 1, let last = nameWords.last, case .success(let c) = Cycle.parse(last) {
            cycle = c.description
            nameWords.removeLast()
        }
        let name = nameWords.joined(separator: " ")
        guard !name.isEmpty else { throw UserError.usage("Usage: export --all AST [CYCLE] [-o FILE [--force]]") }
        let mine = try RecordScan.records(of: name, context: context).records
        guard !mine.isEmpty else { throw UserError("There are no records for '\(name)'. Type 'records' to see whose records there are.") }
        func cycleOf(_ s: StoredRecord) -> String { Cycle.canonical(s.record.cycle) }
        let chosen = cycle ?? mine.map(cycleOf).max { a, b in
            switch (Cycle.parse(a), Cycle.parse(b)) {
            case (.success(let x), .success(let y)): return x < y
            case (.failure, .success): return true
            case (.success, .failure): return false
            default: return a < b
            }
        }!
        let inCycle = mine.filter { cycleOf($0) == chosen }
        guard !inCycle.isEmpty else {
            let cycles = Set(mine.map(cycleOf)).sorted().joined(separator: ", ")
            throw UserError("\(mine[0].record.ast) has no records for cycle \(chosen); there are records for \(cycles).")
        }
        let order = StatementDocument.order
        return inCycle.sorted {
            let a = order.firstIndex(of: $0.record.kind) ?? order.count, b = order.firstIndex(of: $1.record.kind) ?? order.count
            return a != b ? a < b : $0.record.created < $1.record.created
        }
    }
}

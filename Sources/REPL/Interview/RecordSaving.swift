import Records

/// Saves the record a finished interview produced. When the AST already has a
/// record of this kind for this cycle (one folder of that name), the new one
/// does not start a second folder for the same person: an evidence log gains
/// the new items, and any other record becomes a new version of the old one,
/// which stays in its history (`history ID`, `restore ID N`). Only the AST's
/// own records are looked at (`RecordStore.records(of:cycle:kind:)`).
enum RecordSaving {
    struct Saved {
        var stored: StoredRecord
        /// What happened to an earlier record, in a sentence; nil for a new record.
        var note: String?
    }

    /// A record file of the same cycle and kind, in a folder of this AST's name,
    /// that cannot be read: saving beside it would hide it, so the save waits.
    struct UnreadableInTheWay: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String {
            "\(path) may be this AST's record of the same cycle and kind, but it cannot be read (\(reason)). "
                + "astpm never overwrites a file it cannot read: fix or move that file, then save again."
        }
    }

    /// Saves `record`. `known` is what `records(of: record.ast)` gave, when the caller has it already.
    static func save(_ record: Record, store: RecordStore, mergeEvidence: Bool = true, known: RecordMatches? = nil) throws -> Saved {
        let mine = try known ?? store.records(of: record.ast, cycle: nil, kind: nil)
        let joined = joined(record, to: mine.records)
        var saved = try saveQuietly(joined, mine: mine, store: store, mergeEvidence: mergeEvidence)
        if let warning = saved.stored.warning { saved.note = [saved.note, "Warning: \(warning)."].compactMap { $0 }.joined(separator: " ") }
        return saved
    }

    /// The record as the rest of the AST's year knows it: the cycle in its one
    /// form (`2026-27`) and the AST's name spelt as in the records already
    /// saved when it folds to the same name ("ZOE NI BHRIAIN" → "Zoë Ní
    /// Bhriain"), so one person's records land in one folder.
    static func joined(_ record: Record, to records: [StoredRecord]) -> Record {
        var r = record
        r.cycle = Cycle.canonical(r.cycle)
        let known = records.sorted { $0.id < $1.id }.map(\.record.ast)
        if let spelling = PersonName.existingSpelling(of: r.ast, among: known) { r.ast = spelling }
        return r
    }

    /// What saving a record would do, worked out without writing anything
    /// (`import --dry-run` reports it; `save` carries it out).
    enum Plan {
        /// A new record. `sameName` ASTs of that name already have a record of
        /// this cycle and kind, so it cannot tell which one to replace.
        case new(sameName: Int)
        /// A new version of `old` (evidence items added to it when
        /// `mergingEvidence`). The version replaced stays in its history as
        /// number `keptAs`.
        case newVersion(of: StoredRecord, keptAs: Int, mergingEvidence: Bool)
    }

    /// - Parameter mine: the AST's records and unreadable files, as `records(of:)` gives them.
    static func plan(_ record: Record, mine: RecordMatches, store: RecordStore, mergeEvidence: Bool = true) throws -> Plan {
        let key = RecordMatches.Key(ast: record.ast, cycle: record.cycle, kind: record.kind)
        let existing = mine.records.filter { key.matches($0.record) }
        if existing.isEmpty {
            let wanted = try store.records(of: record.ast, cycle: record.cycle, kind: record.kind)
            if let broken = wanted.unreadable.first { throw UnreadableInTheWay(path: broken.path, reason: broken.reason) }
        }
        guard existing.count == 1, let old = existing.first else { return .new(sameName: existing.count) }
        let keptAs = ((try? store.history(old.id))?.count ?? 0) + 1
        return .newVersion(of: old, keptAs: keptAs, mergingEvidence: record.kind == .evidence && mergeEvidence)
    }

    private static func saveQuietly(_ record: Record, mine: RecordMatches, store: RecordStore, mergeEvidence: Bool) throws -> Saved {
        switch try plan(record, mine: mine, store: store, mergeEvidence: mergeEvidence) {
        case .new(let sameName):
            let stored = try store.create(record)
            let note = sameName == 0 ? nil
                : "\(sameName) ASTs named \(record.ast) already have a \(record.cycle) \(record.kind.rawValue) record, so this one was saved on its own as \(stored.id)."
            return Saved(stored: stored, note: note)
        case .newVersion(let old, let keptAs, let merging):
            let keptHow = "'history \(old.id)', 'restore \(old.id) \(keptAs)'"
            if merging {
                let before = Record.itemCount(in: old.record.fields)
                let merged = old.record.addingEvidence(from: record)
                let stored = try store.update(old.id, merged, expectedRevision: old.revision)
                let added = Record.itemCount(in: merged.fields) - before
                return Saved(stored: stored, note: "Added \(added) item\(added == 1 ? "" : "s") to the \(record.cycle) evidence log \(old.id), which now has \(before + added). "
                             + "The log as it was is kept: \(keptHow).")
            }
            var replacement = record
            replacement.created = old.record.created
            let stored = try store.update(old.id, replacement, expectedRevision: old.revision)
            return Saved(stored: stored, note: "This replaces the \(old.record.status.rawValue) \(record.cycle) \(record.kind.rawValue) record saved for \(record.ast) on \(old.record.updated); "
                         + "that version is kept: \(keptHow).")
        }
    }
}

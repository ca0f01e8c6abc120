import Overview
import Records

/// Reads every record once as a digest (what `due` and `report` need), so
/// memory stays small however many records the store holds.
enum OverviewScan {
    /// Digests of the records `wanted` keeps (all but tours by default), made
    /// on the store's reading threads.
    static func digests(_ context: REPLContext, wanted: @escaping @Sendable (Record) -> Bool = { $0.kind != .tour })
        throws -> (digests: [RecordDigest], unreadable: [UnreadableRecord]) {
        try digests(context.store, wanted: wanted)
    }

    static func digests(_ store: RecordStore, wanted: @escaping @Sendable (Record) -> Bool)
        throws -> (digests: [RecordDigest], unreadable: [UnreadableRecord]) {
        let (digests, unreadable) = try RecordScan.map(store) { wanted($0.record) ? RecordDigest($0) : nil }
        return (digests, unreadable)
    }

    /// What `due` reads: the records (tours aside) of this cycle and the last.
    static func dueRecords(today: Day) -> @Sendable (Record) -> Bool {
        let cycles = [today.academicYear.description, Cycle(startYear: today.academicYear.startYear - 1).description]
        return { r in r.kind != .tour && cycles.contains(Cycle.canonical(r.cycle)) }
    }

    /// What `report CYCLE` reads: the cycle's records, tours aside.
    static func cycleRecords(_ cycle: Cycle) -> @Sendable (Record) -> Bool {
        let wanted = cycle.description
        return { r in r.kind != .tour && Cycle.canonical(r.cycle) == wanted }
    }

    /// Today, from the session's clock.
    static func today(_ context: REPLContext) -> Day {
        Day(iso: context.today) ?? Day(ordinal: Int(context.clock().timeIntervalSince1970) / 86_400)
    }

    /// Says that some files were left out (as `records` does), naming how to see them.
    static func reportUnreadable(_ unreadable: [UnreadableRecord], context: REPLContext) {
        guard !unreadable.isEmpty else { return }
        context.complain("\(unreadable.count) record file\(unreadable.count == 1 ? "" : "s") could not be read and \(unreadable.count == 1 ? "was" : "were") left out; 'records' lists \(unreadable.count == 1 ? "it" : "them") with the reason.")
    }
}

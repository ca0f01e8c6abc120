import Overview
import Records

/// Reads every record once as a digest (what `due` and `report` need), so
/// memory stays small however many records the store holds.
enum OverviewScan {
    static func digests(_ context: REPLContext) throws -> (digests: [RecordDigest], unreadable: [UnreadableRecord]) {
        var digests: [RecordDigest] = []
        let unreadable = try RecordScan.each(context) { digests.append(RecordDigest($0)) }
        return (digests, unreadable)
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

import Records

/// The pay range and spine point an AST's saved reviews give, offered as the
/// defaults of a new review (Enter takes them, anything typed replaces them).
public struct EarlierPay: Equatable, Sendable {
    /// The first spine point of the AST's five-point range.
    public var rangeStart: Int?
    /// The spine point the AST is on now, as far as the records tell.
    public var point: Int?
    /// Where each comes from, in words.
    public var rangeSource: String
    public var pointSource: String

    public init(rangeStart: Int?, point: Int?, rangeSource: String, pointSource: String) {
        self.rangeStart = rangeStart
        self.point = point
        self.rangeSource = rangeSource
        self.pointSource = pointSource
    }

    /// From `reviews` (the AST's saved reviews, any cycle): a review already
    /// saved for `cycle` gives its own range and point; else the review of the
    /// latest earlier cycle gives its range, and its point moved up by the
    /// points it recommended (never past the top of the range). Nil when no
    /// review gives a range.
    public static func from(reviews: [StoredRecord], cycle: String) -> EarlierPay? {
        guard let target = try? Cycle.parse(cycle).get() else { return nil }
        let dated = reviews.compactMap { stored -> (Cycle, StoredRecord)? in
            guard stored.record.kind == .review, stored.record.fields.wholeNumber("range-start") != nil,
                  let c = try? Cycle.parse(stored.record.cycle).get() else { return nil }
            return (c, stored)
        }
        if let same = EarlierRecords.best(dated.filter { $0.0 == target }.map(\.1)) {
            let fields = same.record.fields
            let source = "from the review already saved for \(target), \(same.id)"
            return EarlierPay(rangeStart: fields.wholeNumber("range-start"), point: fields.wholeNumber("current-point"),
                              rangeSource: source, pointSource: source)
        }
        guard let latest = dated.filter({ $0.0 < target }).map(\.0).max(),
              let last = EarlierRecords.best(dated.filter { $0.0 == latest }.map(\.1)) else { return nil }
        let fields = last.record.fields
        guard let start = fields.wholeNumber("range-start") else { return nil }
        let rangeSource = "from the \(latest) review, \(last.id)"
        guard let was = fields.wholeNumber("current-point") else {
            return EarlierPay(rangeStart: start, point: nil, rangeSource: rangeSource, pointSource: "")
        }
        let points = fields.wholeNumber("points") ?? 0
        let now = min(was + points, start + 4)
        let moved = points == 0 ? "no points recommended" : "\(points) point\(points == 1 ? "" : "s") recommended for 1 September"
        return EarlierPay(rangeStart: start, point: now, rangeSource: rangeSource,
                          pointSource: "point \(was) in the \(latest) review, \(last.id), and \(moved)")
    }
}

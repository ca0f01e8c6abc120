/// Awards set against outcomes, so that pay decisions can be looked at for
/// equality of opportunity [prp.1]: the ASTs of a cycle are grouped by the
/// share of their objectives met, partly met and not met (three of three met
/// is the same outcome as four of four), and each group shows the awards its
/// members were recommended. A group whose members got different awards is
/// pointed out as something to look at, never as a finding: awards can
/// rightly differ, as posts and their agreed criteria differ [differences.1].
public struct EqualityView: Equatable, Sendable {
    /// One AST in a group.
    public struct Member: Equatable, Sendable {
        public var ast: String
        public var points: Int
        /// Facts of the review that may explain the award (see `ReportRow.context`).
        public var context: [String]
        public var cites: [String]
    }

    /// ASTs whose objectives came out in the same shares.
    public struct Group: Equatable, Sendable {
        /// Met, partly met and not met, reduced ("2, 1, 0" for 2 of 3 met and 1 partly).
        public var shares: [Int]
        public var members: [Member]

        /// "all objectives met", "met 2 in 3, partly met 1 in 3".
        public var label: String {
            let total = shares.reduce(0, +)
            if shares[0] == total { return "all objectives met" }
            if shares[2] == total { return "no objective met" }
            if shares[1] == total { return "every objective partly met" }
            let names = ["met", "partly met", "not met"]
            return zip(names, shares).filter { $0.1 > 0 }.map { "\($0.0) \($0.1) in \(total)" }.joined(separator: ", ")
        }

        /// The awards given, fewest points first: [(points, how many ASTs)].
        public var awards: [(points: Int, count: Int)] {
            Dictionary(grouping: members, by: \.points).map { ($0.key, $0.value.count) }.sorted { $0.0 < $1.0 }
        }

        /// Members with different awards.
        public var awardsDiffer: Bool { Set(members.map(\.points)).count > 1 }

        public static func == (a: Group, b: Group) -> Bool { a.shares == b.shares && a.members == b.members }
    }

    /// Every group, best outcomes first.
    public var groups: [Group]
    /// ASTs left out of the comparison, with why ("no review saved").
    public var leftOut: [(ast: String, why: String)]

    /// Groups whose members got different awards: the ones to look at.
    public var differing: [Group] { groups.filter(\.awardsDiffer) }

    init(_ rows: [ReportRow]) {
        var byShares: [[Int]: [Member]] = [:]
        var leftOut: [(String, String)] = []
        for row in rows {
            guard let facts = row.facts else { leftOut.append((row.ast, "no review saved")); continue }
            guard let points = facts.points else { leftOut.append((row.ast, "the review records no points")); continue }
            guard !facts.outcomes.isEmpty else { leftOut.append((row.ast, "the review records no objectives")); continue }
            guard row.notRecorded == 0 else { leftOut.append((row.ast, "an objective's outcome is not recorded")); continue }
            let counts = [row.met, row.partly, row.notMet]
            let g = counts.reduce(0) { gcd($0, $1) }
            let context = row.context
            var cites: [String] = []
            for c in context.flatMap(\.cites) where !cites.contains(c) { cites.append(c) }
            byShares[counts.map { $0 / max(g, 1) }, default: []].append(
                Member(ast: row.ast, points: points, context: context.map(\.text), cites: cites))
        }
        groups = byShares.map { Group(shares: $0.key, members: $0.value.sorted { (-$0.points, $0.ast) < (-$1.points, $1.ast) }) }
            .sorted { a, b in
                // Best outcomes first: the larger share met, then partly met.
                let ta = a.shares.reduce(0, +), tb = b.shares.reduce(0, +)
                let ma = Double(a.shares[0]) / Double(ta), mb = Double(b.shares[0]) / Double(tb)
                if ma != mb { return ma > mb }
                let pa = Double(a.shares[1]) / Double(ta), pb = Double(b.shares[1]) / Double(tb)
                if pa != pb { return pa > pb }
                return a.shares.lexicographicallyPrecedes(b.shares)
            }
        self.leftOut = leftOut
    }

    public static func == (a: EqualityView, b: EqualityView) -> Bool {
        a.groups == b.groups && a.leftOut.map(\.ast) == b.leftOut.map(\.ast) && a.leftOut.map(\.why) == b.leftOut.map(\.why)
    }
}

private func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

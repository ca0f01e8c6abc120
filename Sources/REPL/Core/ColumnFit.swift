/// Column widths for a table that must fit a terminal line: rather than let
/// the terminal wrap each row onto two lines, the columns that can give way
/// are narrowed (their cells trimmed with "…"), in the order given, each no
/// narrower than its minimum. Pure: widths in, widths out.
enum ColumnFit {
    /// One column's part in fitting: how narrow it may go.
    struct Rule {
        var column: Int
        var minimum: Int
    }

    /// `widths` narrowed so the row (columns joined by `gap` spaces) fits
    /// `lineWidth`, taking from the columns of `giving` in order; unchanged when
    /// it already fits or `lineWidth` is nil (output not on a terminal).
    /// When even the minimums do not fit, the minimums are returned.
    static func fit(_ widths: [Int], gap: Int, lineWidth: Int?, giving: [Rule]) -> [Int] {
        guard let lineWidth else { return widths }
        var fitted = widths
        var excess = fitted.reduce(0, +) + gap * max(0, fitted.count - 1) - lineWidth
        for rule in giving where excess > 0 && fitted.indices.contains(rule.column) {
            let room = max(0, fitted[rule.column] - rule.minimum)
            let take = min(room, excess)
            fitted[rule.column] -= take
            excess -= take
        }
        return fitted
    }
}

/// Small text helpers: wrapping to the terminal width, and ANSI styling that
/// disappears when colour is off.
public enum TextFormatting {
    /// Wraps each line of `text` at `width` columns. Continuation lines keep the
    /// line's indent ("- " and "• " items hang under their text), and a two-column
    /// line ("  name    summary") wraps under its second column.
    public static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    static func wrapLine(_ line: String, width: Int) -> String {
        guard line.count > width else { return line }
        let leading = line.prefix { $0 == " " }.count
        let body = line.dropFirst(leading)
        if let gap = body.range(of: "  "), let start = body[gap.lowerBound...].firstIndex(where: { $0 != " " }) {
            let offset = line.distance(from: line.startIndex, to: start)
            if offset < width / 2 {
                let rest = greedy(String(line[start...]), width: width - offset, firstPrefix: "", indent: "")
                return String(line[..<start]) + rest.replacingNewlines(with: "\n" + String(repeating: " ", count: offset))
            }
        }
        var indent = String(repeating: " ", count: leading)
        if body.hasPrefix("- ") || body.hasPrefix("• ") { indent += "  " }
        return greedy(String(body), width: width, firstPrefix: String(repeating: " ", count: leading), indent: indent)
    }

    /// Fills words into lines no longer than `width` (a longer word stands alone).
    static func greedy(_ text: String, width: Int, firstPrefix: String, indent: String) -> String {
        var out: [String] = []
        var current = firstPrefix
        var empty = true
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = empty ? current + word : current + " " + word
            if candidate.count > width, !empty {
                out.append(current)
                current = indent + word
            } else {
                current = candidate
            }
            empty = false
        }
        out.append(current)
        return out.joined(separator: "\n")
    }

    /// Bold text when colour is on.
    public static func bold(_ s: String, _ style: OutputStyle) -> String { style.color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    /// Dim text (citations, hints) when colour is on.
    public static func dim(_ s: String, _ style: OutputStyle) -> String { style.color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    /// Cyan text (paragraph ids) when colour is on.
    public static func cite(_ s: String, _ style: OutputStyle) -> String { style.color ? "\u{1B}[36m\(s)\u{1B}[0m" : s }
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

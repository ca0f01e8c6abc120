/// Small text helpers: wrapping to the terminal width, and ANSI styling that
/// disappears when colour is off.
public enum TextFormatting {
    /// Wraps each paragraph of `text` at `width` columns, keeping a hanging indent
    /// for lines that start with spaces, "- " or "• ".
    public static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    static func wrapLine(_ line: String, width: Int) -> String {
        guard line.count > width else { return line }
        let leading = line.prefix { $0 == " " }
        var indent = String(leading)
        let rest = line.dropFirst(leading.count)
        if rest.hasPrefix("- ") || rest.hasPrefix("• ") { indent += "  " }
        var out: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = current.isEmpty ? (out.isEmpty ? String(leading) : indent) + word : current + " " + word
            if candidate.count > width, !current.isEmpty {
                out.append(current)
                current = indent + word
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { out.append(current) }
        return out.joined(separator: "\n")
    }

    /// Bold text when colour is on.
    public static func bold(_ s: String, _ style: OutputStyle) -> String { style.color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    /// Dim text (citations, hints) when colour is on.
    public static func dim(_ s: String, _ style: OutputStyle) -> String { style.color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    /// Cyan text (paragraph ids) when colour is on.
    public static func cite(_ s: String, _ style: OutputStyle) -> String { style.color ? "\u{1B}[36m\(s)\u{1B}[0m" : s }
}

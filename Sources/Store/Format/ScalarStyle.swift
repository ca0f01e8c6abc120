import Yams

/// Chooses how a text value is written so that any YAML reader sees text:
/// plain where that is unambiguous, quoted where a YAML 1.1 reader would see
/// a boolean, a number, null or syntax (`NO`, `0123`, `1.10`, `: x`), and a
/// literal block for text over several lines.
enum ScalarStyle {
    /// Words YAML 1.1 reads as booleans or null.
    static let specialWords: Set<String> = [
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "",
    ]

    static func style(for text: String) -> Node.Scalar.Style {
        if text.contains("\n") { return .literal }
        return isPlainSafe(text) ? .plain : .doubleQuoted
    }

    static func node(_ text: String) -> Node {
        .scalar(Node.Scalar(text, .implicit, style(for: text)))
    }

    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if specialWords.contains(text.lowercased()) { return false }
        if first == " " || last == " " { return false }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{FEFF}" || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            return false
        }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        if text.hasPrefix(".") { return false }
        if first.properties.numericType != nil || first == "+" {
            return isDateOrCycle(text)
        }
        return true
    }

    /// `2025-09-15` and `2025-26` are written plain: a date reads as a date and
    /// a cycle as text in every YAML reader.
    static func isDateOrCycle(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4 else { return false }
        return parts.allSatisfy { p in p.count >= 2 && p.allSatisfy { $0.isASCII && $0.isNumber } }
            && parts.dropFirst().allSatisfy { $0.count == 2 }
    }
}

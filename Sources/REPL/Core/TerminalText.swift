/// Text from files (records, sessions, file names, YAML messages quoting them)
/// made visible before it reaches the terminal, so a record cannot retitle the
/// window, clear the screen, ring the bell or forge lines of a table.
///
/// Control characters are shown in caret notation, as `cat -v` does: ESC as
/// `^[`, BEL `^G`, CR `^M`, NUL `^@`, DEL `^?`, the C1 controls as `M-^[`...;
/// the Unicode direction overrides and isolates as `<U+202E>`.
public enum TerminalText {
    /// `text` with every control character made visible. Newlines (and tabs)
    /// are kept when `keepNewlines` is true (multi-line notes); otherwise they
    /// are shown too (`^J`), for one-line values such as a table cell.
    public static func visible(_ text: String, keepNewlines: Bool = true) -> String {
        guard needsChange(text, keepNewlines: keepNewlines) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { append(s, keepNewlines: keepNewlines, to: &out) }
        return String(out)
    }

    /// Everything astpm writes, on its way out: control characters from any
    /// source are made visible, except newlines, tabs and the few colour codes
    /// astpm itself writes (`TextFormatting`).
    static func forTerminal(_ text: String) -> String {
        guard needsChange(text, keepNewlines: true) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\u{1B}", let length = ownColourCode(scalars, at: i) {
                out.append(contentsOf: scalars[i..<(i + length)])
                i += length
                continue
            }
            append(scalars[i], keepNewlines: true, to: &out)
            i += 1
        }
        return String(out)
    }

    /// The colour codes `TextFormatting` writes: ESC [ 0|1|2|36 m.
    private static let ownCodes: [[Unicode.Scalar]] = ["[0m", "[1m", "[2m", "[36m"].map { Array($0.unicodeScalars) }

    private static func ownColourCode(_ scalars: [Unicode.Scalar], at i: Int) -> Int? {
        for code in ownCodes where i + code.count < scalars.count {
            if Array(scalars[(i + 1)...(i + code.count)]) == code { return code.count + 1 }
        }
        return nil
    }

    private static func isControl(_ v: UInt32) -> Bool {
        v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    private static func needsChange(_ text: String, keepNewlines: Bool) -> Bool {
        // Plain ASCII (most text, and every cell of a long listing) is checked
        // on its bytes; anything else scalar by scalar.
        var text = text
        let ascii: Bool? = text.withUTF8 { bytes in
            var found = false
            for b in bytes {
                if b >= 0x80 { return nil }
                if b < 0x20 || b == 0x7F, !(keepNewlines && (b == 0x0A || b == 0x09)) { found = true }
            }
            return found
        }
        if let ascii { return ascii }
        return text.unicodeScalars.contains { s in
            isControl(s.value) && !(keepNewlines && (s == "\n" || s == "\t"))
        }
    }

    private static func append(_ s: Unicode.Scalar, keepNewlines: Bool, to out: inout String.UnicodeScalarView) {
        let v = s.value
        guard isControl(v), !(keepNewlines && (s == "\n" || s == "\t")) else { out.append(s); return }
        let shown: String
        switch v {
        case 0..<0x20: shown = "^" + String(UnicodeScalar(UInt8(v + 0x40)))
        case 0x7F: shown = "^?"
        case 0x80...0x9F: shown = "M-^" + String(UnicodeScalar(UInt8(v - 0x80 + 0x40)))
        default: shown = "<U+" + String(v, radix: 16, uppercase: true) + ">"
        }
        out.append(contentsOf: shown.unicodeScalars)
    }
}

/// The sink every command writes through: output reaches the real sink with
/// control characters made visible (`TerminalText.forTerminal`).
/// It also counts the error messages, so a piped run knows a line failed.
final class VisibleOutput: OutputSink {
    let inner: OutputSink
    /// How many times an error message was written.
    private(set) var errorWrites = 0
    init(_ inner: OutputSink) { self.inner = inner }
    func write(_ text: String) { inner.write(TerminalText.forTerminal(text)) }
    func writeError(_ text: String) {
        errorWrites += 1
        inner.writeError(TerminalText.forTerminal(text))
    }
    /// Standard error for a hint or a warning: not a failure of the line.
    func writeNote(_ text: String) { inner.writeError(TerminalText.forTerminal(text)) }
}

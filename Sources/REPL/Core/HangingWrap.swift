/// Wrapping a line of `show` to the terminal at word boundaries, measured in
/// the columns the terminal will use: wide (East Asian, emoji) characters take
/// two, control characters the width of the caret notation they are shown in
/// (`^[`, `M-^[`, `<U+202E>`), astpm's own colour codes none. Continuation
/// lines start `hang` columns in, so a value stays under its label. A word
/// wider than the line is left whole on a line of its own, never cut.
enum HangingWrap {
    static func wrap(_ line: String, width: Int, hang: Int) -> String {
        guard columns(line) > width else { return line }
        let leading = line.prefix { $0 == " " }
        // Pieces: the spaces before each word, and the word.
        var pieces: [(gap: String, word: String)] = []
        var gap = "", word = ""
        for ch in line.dropFirst(leading.count) {
            if ch == " " {
                if !word.isEmpty { pieces.append((gap, word)); gap = ""; word = "" }
                gap.append(ch)
            } else {
                word.append(ch)
            }
        }
        if !word.isEmpty { pieces.append((gap, word)) }
        let indent = String(repeating: " ", count: max(0, min(hang, width / 2)))
        var out: [String] = []
        var current = String(leading)
        var used = leading.count
        var empty = true
        for (gap, word) in pieces {
            let w = columns(word)
            if !empty, used + gap.count + w > width {
                out.append(current)
                current = indent + word
                used = indent.count + w
            } else {
                current += (empty ? "" : gap) + word
                used += (empty ? 0 : gap.count) + w
            }
            empty = false
        }
        out.append(current)
        return out.joined(separator: "\n")
    }

    /// The columns `text` takes on a terminal once astpm has made it visible.
    static func columns(_ text: String) -> Int {
        var n = 0
        var rest = Substring(text)
        while let ch = rest.first {
            // astpm's own colour codes take no room; any other ESC shows as ^[.
            if ch == "\u{1B}", let code = ownColourCodes.first(where: { rest.dropFirst().hasPrefix($0) }) {
                rest = rest.dropFirst(1 + code.count)
                continue
            }
            n += width(of: ch, first: ch.unicodeScalars.first!)
            rest = rest.dropFirst()
        }
        return n
    }

    /// The codes `TextFormatting` writes after ESC (as `TerminalText` lets them through).
    static let ownColourCodes = ["[0m", "[1m", "[2m", "[36m"]

    static func width(of ch: Character, first s: Unicode.Scalar) -> Int {
        let v = s.value
        switch v {
        case 0x09: return 8
        case 0..<0x20, 0x7F: return 2
        case 0x80...0x9F: return 4
        case 0x202A...0x202E, 0x2066...0x2069: return 8
        case 0x200B...0x200F, 0x2060, 0xFEFF: return 0
        default: break
        }
        if isWide(v) || ch.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && v >= 0x2300 { return 2 }
        return 1
    }

    /// East Asian Wide and Fullwidth blocks, and the emoji planes.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x1F680...0x1F6FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

/// Escaping for the two places record text goes in a statement: HTML content
/// (and attribute values), and CSS strings in the page-margin boxes.
public enum HTMLText {
    /// Escapes text for HTML element content and attribute values. Control
    /// characters are shown in caret notation (`^[`, `^G`, `M-^[`) as the
    /// terminal shows them, and direction overrides as `<U+202E>`, so a
    /// hand-edited record cannot hide or reorder words on a signed page.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(c)
            default:
                if let shown = visible(c) { out += shown } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }

    /// How a character that must not act on the page is shown instead.
    static func visible(_ c: Unicode.Scalar) -> String? {
        switch c.value {
        case 0..<0x20: return "^" + String(UnicodeScalar(UInt8(c.value + 0x40)))
        case 0x7F: return "^?"
        case 0x80...0x9F: return "M-^" + String(UnicodeScalar(UInt8(c.value - 0x80 + 0x40)))
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
            return "&lt;U+" + String(c.value, radix: 16, uppercase: true) + "&gt;"
        default: return nil
        }
    }

    /// `s` as a quoted CSS string. Everything but letters, digits and spaces
    /// becomes a six-digit hex escape and a space, so no quote, backslash, newline or
    /// `</style>` in a name can end the string or the style sheet; control
    /// characters are left out (a header is one line).
    public static func cssString(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            if c.value < 0x20 || (0x7F...0x9F).contains(c.value) {
                out += " "
            } else if c.properties.isAlphabetic && c.isASCII || ("0"..."9").contains(c) || c == " " {
                out.unicodeScalars.append(c)
            } else {
                let hex = String(c.value, radix: 16)
                // The space ends the escape and is consumed with it (CSS Syntax 4.3.7).
                out += "\\" + String(repeating: "0", count: max(0, 6 - hex.count)) + hex + " "
            }
        }
        return out + "\""
    }
}

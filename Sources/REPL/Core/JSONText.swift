import Foundation

/// JSON output: records through `JSONEncoder` (pretty, sorted keys), and the
/// small fixed shape of an answer written by hand, since Foundation's JSON
/// costs a one-shot `ask` more time than answering does.
enum JSONText {
    /// `value` as pretty-printed JSON with sorted keys.
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A JSON value.
    indirect enum Value {
        case null
        case bool(Bool)
        case string(String)
        case strings([String])
        case number(Double)
        case array([Value])
        case object([(String, Value)])
    }

    /// `{"key":value,...}` with the members in the order given.
    static func object(_ members: [(String, Value)]) -> String {
        var out = "{"
        for (i, (key, value)) in members.enumerated() {
            if i > 0 { out += "," }
            out += quoted(key) + ":" + text(value)
        }
        return out + "}"
    }

    static func text(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return quoted(s)
        case .strings(let list): return "[" + list.map(quoted).joined(separator: ",") + "]"
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .array(let items): return "[" + items.map(text).joined(separator: ",") + "]"
        case .object(let members): return object(members)
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

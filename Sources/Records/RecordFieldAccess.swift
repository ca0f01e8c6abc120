/// Reading a record's fields by name. Interviews write a step's answer under its
/// field name (`range_start` by default) while hand-written files and the worked
/// example use the step id (`range-start`), so hyphens and underscores in a key
/// are the same here.
public enum FieldKey {
    /// True when two field keys name the same field (`range-start` is `range_start`).
    public static func same(_ a: String, _ b: String) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { x, y in x == y || (dash(x) && dash(y)) }
    }

    private static func dash(_ c: Character) -> Bool { c == "-" || c == "_" }
}

extension Array where Element == RecordField {
    /// The value of the first field named `key` (hyphens and underscores alike).
    public func value(_ key: String) -> RecordValue? {
        first { FieldKey.same($0.key, key) }?.value
    }

    /// The text of the field named `key`, trimmed; nil when missing, empty or not text.
    public func text(_ key: String) -> String? {
        guard case .text(let t)? = value(key) else { return nil }
        var s = Substring(t)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s.isEmpty ? nil : String(s)
    }

    /// The field named `key` read as a whole number ("18"), if it is one.
    public func wholeNumber(_ key: String) -> Int? {
        text(key).flatMap { Int($0) }
    }
}

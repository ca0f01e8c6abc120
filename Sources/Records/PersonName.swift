import Foundation

/// One AST is one person: names are compared with case, accents and extra
/// spaces folded, so "Zoë Ní Bhriain", "Zoe Ni Bhriain" and "ZOË  NÍ BHRIAIN"
/// are the same AST. Pure.
public enum PersonName {
    /// The form names are compared in: lower case, no accents, single spaces,
    /// typographic apostrophes as plain ones.
    public static func folded(_ name: String) -> String {
        if let plain = foldedASCII(name) { return plain }
        return name.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_GB"))
            .replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The same folding for a name in plain ASCII, without Foundation (most
    /// names; finding one AST among thousands folds every name there).
    static func foldedASCII(_ name: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var space = false
        for b in name.utf8 {
            guard b < 0x80 else { return nil }
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                space = !out.isEmpty
                continue
            }
            if space { out.append(0x20); space = false }
            out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when `name` folds to `folded` (a name already folded): the same as
    /// `folded(name) == folded`, without building a string when `name` is plain
    /// ASCII (finding one AST among thousands compares every name there).
    public static func folds(_ name: String, to folded: String) -> Bool {
        var want = folded.utf8.makeIterator()
        var space = false
        var started = false
        for b in name.utf8 {
            guard b < 0x80 else { return Self.folded(name) == folded }
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                space = started
                continue
            }
            if space {
                guard want.next() == 0x20 else { return false }
                space = false
            }
            started = true
            guard want.next() == (b >= 0x41 && b <= 0x5A ? b + 0x20 : b) else { return false }
        }
        return want.next() == nil
    }

    /// True when two typed names are the same person's.
    public static func same(_ a: String, _ b: String) -> Bool { folded(a) == folded(b) }

    /// The spelling already used for this person among `known` names (the
    /// first in order), or nil when the name is new.
    public static func existingSpelling(of name: String, among known: [String]) -> String? {
        let f = folded(name)
        return known.first { folded($0) == f }
    }
}

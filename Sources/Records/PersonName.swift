import Foundation

/// One AST is one person: names are compared with case, accents and extra
/// spaces folded, so "Zoë Ní Bhriain", "Zoe Ni Bhriain" and "ZOË  NÍ BHRIAIN"
/// are the same AST. Pure.
public enum PersonName {
    /// The form names are compared in: lower case, no accents, single spaces,
    /// typographic apostrophes as plain ones.
    public static func folded(_ name: String) -> String {
        name.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_GB"))
            .replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
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

/// Which record a partial id names: the ids that start with it, else (when
/// none does) the ids that contain it, ignoring case. Pure, so every store
/// resolves a partial id the same way.
public enum RecordIDMatching {
    /// The ids `text` could mean, in the order given.
    public static func matches(_ text: String, among ids: [RecordID]) -> [RecordID] {
        guard !text.isEmpty else { return [] }
        let prefixed = ids.filter { $0.rawValue.hasPrefix(text) }
        if !prefixed.isEmpty { return prefixed }
        let folded = text.lowercased()
        let needle = Array(folded.utf8)
        guard needle.allSatisfy({ $0 < 0x80 }) else {
            return ids.filter { $0.rawValue.lowercased().contains(folded) }
        }
        return ids.filter { id in
            id.rawValue.utf8.contains { $0 >= 0x80 } ? id.rawValue.lowercased().contains(folded) : containsASCII(id.rawValue, needle)
        }
    }

    /// Whether ASCII `text` contains `needle` (lower-case ASCII), ignoring case.
    static func containsASCII(_ text: String, _ needle: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { hay in
            guard needle.count <= hay.count else { return false }
            outer: for start in 0...(hay.count - needle.count) {
                for j in 0..<needle.count {
                    var c = hay[start + j]
                    if c >= 65 && c <= 90 { c += 32 }
                    if c != needle[j] { continue outer }
                }
                return true
            }
            return false
        }
    }

    /// The one id `text` means; `RecordStoreError.noMatch` or `.ambiguous` otherwise.
    public static func unique(_ text: String, among ids: [RecordID]) throws -> RecordID {
        let found = matches(text, among: ids)
        if found.count == 1 { return found[0] }
        if found.isEmpty { throw RecordStoreError.noMatch(text) }
        throw RecordStoreError.ambiguous(text, matches: found)
    }
}

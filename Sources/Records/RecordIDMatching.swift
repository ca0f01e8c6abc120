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
        return ids.filter { $0.rawValue.lowercased().contains(folded) }
    }

    /// The one id `text` means; `RecordStoreError.noMatch` or `.ambiguous` otherwise.
    public static func unique(_ text: String, among ids: [RecordID]) throws -> RecordID {
        let found = matches(text, among: ids)
        if found.count == 1 { return found[0] }
        if found.isEmpty { throw RecordStoreError.noMatch(text) }
        throw RecordStoreError.ambiguous(text, matches: found)
    }
}

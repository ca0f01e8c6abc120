import Records

/// The words a statement uses for field keys: the labels the interviews give
/// their questions (the ones `show` prints, "Objectives it bears on" for
/// `bears-on`), by record kind. Keys no interview knows fall back to the key
/// made readable (`pay_decision` → "Pay decision").
public struct StatementVocabulary: Sendable, Equatable {
    /// Record kind → field key → label.
    public var labels: [RecordKind: [String: String]]

    public init(labels: [RecordKind: [String: String]] = [:]) {
        self.labels = labels
    }

    /// The label for `key` in a record of `kind`, capitalised.
    public func label(_ key: String, in kind: RecordKind) -> String {
        if let known = labels[kind]?[key], !known.isEmpty { return known.prefix(1).uppercased() + known.dropFirst() }
        return RecordText.label(key)
    }

    /// The label for a key named in a conclusion's "from" list: the field's
    /// label where the key is a field, otherwise the key exactly as stored.
    public func sourceName(_ key: String, in kind: RecordKind) -> String {
        if let known = labels[kind]?[key], !known.isEmpty { return known }
        return key
    }
}

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

    /// A field key in one spelling: interviews write `line_manager`, hand-written
    /// files often `line-manager`; both are the same field.
    public static func normalized(_ key: String) -> String {
        String(key.lowercased().map { $0 == "_" ? "-" : $0 })
    }

    /// The label for `key` in a record of `kind`, capitalised.
    public func label(_ key: String, in kind: RecordKind) -> String {
        if let known = known(key, in: kind) { return known.prefix(1).uppercased() + known.dropFirst() }
        return RecordText.label(key)
    }

    /// The interview's label for `key` as written, else in its other spelling.
    func known(_ key: String, in kind: RecordKind) -> String? {
        for k in [key, Self.normalized(key)] { if let l = labels[kind]?[k], !l.isEmpty { return l } }
        return nil
    }

    /// The label for a key named in a conclusion's "from" list: the field's
    /// label where the key is a field, otherwise the key exactly as stored.
    public func sourceName(_ key: String, in kind: RecordKind) -> String {
        known(key, in: kind) ?? key
    }
}

/// Errors any record store reports, with messages a user understands.
public enum RecordStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(RecordID)
    /// No id is, starts with or contains the text typed.
    case noMatch(String)
    /// The text typed is part of more than one id.
    case ambiguous(String, matches: [RecordID])
    case changedSinceRead(RecordID, detail: String)
    case io(path: String, cause: String)
    case invalid(path: String, message: String)

    public var description: String {
        switch self {
        case .notFound(let id): return "no record '\(id)': type 'records' to list them"
        case .noMatch(let text): return "There is no record '\(text)'. Type 'records' to list them."
        case .ambiguous(let text, let ids):
            let shown = ids.prefix(6).map(\.rawValue).joined(separator: ", ")
            return "'\(text)' matches \(ids.count) records: \(shown)\(ids.count > 6 ? ", ..." : ""). Type more of the id."
        case .changedSinceRead(let id, let detail):
            return "record '\(id)' was changed by someone else since you opened it (\(detail)); reload it with 'show \(id)' and make your change again"
        case .io(let path, let cause): return "\(path): \(cause)"
        case .invalid(let path, let message): return "\(path): \(message)"
        }
    }
}

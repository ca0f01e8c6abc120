import Advisor

/// "Did you mean ...?" for misspelt commands.
enum Suggestions {
    /// The closest known word within a small edit distance, if any.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let w = word.lowercased()
        guard w.count >= 2 else { return nil }
        let limit = w.count <= 3 ? 1 : 2
        let scored = candidates.filter { $0.count >= 2 }.map { ($0, EditDistance.distance(w, $0, limit: limit)) }.filter { $0.1 <= limit }
        return scored.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }?.0
    }
}

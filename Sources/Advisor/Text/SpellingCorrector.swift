/// Puts right a mistyped word of a question ("objectves", "reveiws",
/// "recieving") when the training texts hold exactly one likely word for it:
/// the most frequent known word within one edit (two for long words), where
/// swapping two neighbouring letters counts as one edit. The first letter must
/// match: people rarely mistype it, and without this rule an unrelated word
/// ("night") turns into a familiar one ("right").
struct SpellingCorrector: Sendable {
    /// Known word → how often it occurs in the training texts.
    let frequency: [String: Int]
    /// Known words by length, for the search.
    private let byLength: [Int: [String]]

    init(texts: [String]) {
        var counts: [String: Int] = [:]
        for text in texts { for w in Analyzer.words(text) { counts[w, default: 0] += 1 } }
        self.init(frequency: counts)
    }

    init(frequency: [String: Int]) {
        // Sorted, so that among equally likely corrections the same one wins in every process.
        self.init(words: frequency.keys.sorted(), frequency: frequency)
    }

    /// A corrector of `words` in the order that breaks ties between equally
    /// likely corrections (an image stores them sorted, so reading one does
    /// not sort them again).
    init(words: [String], frequency: [String: Int]) {
        self.frequency = frequency
        byLength = Dictionary(grouping: words.filter { $0.count >= 4 }, by: \.count)
    }

    /// The word itself when known or too short to judge, else its likely correction.
    func correct(_ word: String) -> String {
        guard word.count >= 5, frequency[word] == nil, word.allSatisfy({ $0.isLetter }) else { return word }
        let limit = word.count >= 8 ? 2 : 1
        var best: (word: String, distance: Int, count: Int)?
        for length in (word.count - limit)...(word.count + limit) {
            for candidate in byLength[length] ?? [] where candidate.first == word.first {
                let d = EditDistance.distance(word, candidate, limit: limit)
                guard d <= limit else { continue }
                let count = frequency[candidate] ?? 0
                if best == nil || d < best!.distance || (d == best!.distance && count > best!.count) {
                    best = (candidate, d, count)
                }
            }
        }
        return best?.word ?? word
    }
}

/// Edit distance with adjacent transpositions (optimal string alignment), used
/// for spelling correction here and for "did you mean" in the REPL.
public enum EditDistance {
    /// The distance between `a` and `b`, or `limit + 1` as soon as it must exceed `limit`.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMin = i
            for j in 1...max(1, y.count) where !y.isEmpty {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { v = min(v, previous2[j - 2] + 1) }
                current[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count]
    }
}

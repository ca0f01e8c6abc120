import Foundation

/// Multinomial naive Bayes over the same features as the index: each class's
/// training texts pooled, so words that are typical of one class (pension,
/// NPQH, mileage) weigh for it even when a short text of another class shares
/// more common words with the question. Logarithms are taken at question time,
/// for the question's few features only, which keeps building cheap.
struct NaiveBayes: Sendable {
    /// Class → feature id → weighted count in the class's training texts.
    let counts: [[Int: Double]]
    /// Class → log of (total count + smoothing × vocabulary size).
    let logTotal: [Double]
    let smoothing: Double

    /// Features naive Bayes ignores (character n-grams, when switched off).
    let ignored: Set<Int>
    /// Scores are divided by this before the softmax, so that one class does not take all.
    let temperature: Double

    init(index: UnitIndex, smoothing: Double, temperature: Double, usesCharacters: Bool) {
        self.temperature = temperature
        self.smoothing = smoothing
        ignored = usesCharacters ? [] : Set(index.isCharacterFeature.indices.filter { index.isCharacterFeature[$0] })
        var counts = Array(repeating: [Int: Double](), count: index.classes.count)
        for (d, vec) in index.rawFeatures.enumerated() {
            let c = index.documentClass[d]
            let w = index.documentWeight[d]
            for (f, n) in vec where !ignored.contains(f) { counts[c][f, default: 0] += n * w }
        }
        let v = Double(index.vocabulary.count)
        self.counts = counts
        logTotal = counts.map { log($0.values.reduce(0, +) + smoothing * v) }
    }

    /// Posterior probability of each class for the question's features (uniform prior).
    func posteriors(_ query: [(Int, Double)]) -> [Double] {
        let known = query.filter { !ignored.contains($0.0) }
        let weight = known.reduce(0) { $0 + $1.1 }
        let scores = counts.indices.map { c in
            (known.reduce(0.0) { $0 + $1.1 * log((counts[c][$1.0] ?? 0) + smoothing) } - weight * logTotal[c]) / temperature
        }
        let top = scores.max() ?? 0
        let exps = scores.map { exp($0 - top) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }
}

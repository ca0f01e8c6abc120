import Foundation

/// Multinomial naive Bayes over the same features as the index: each class's
/// training texts pooled, so words that are typical of one class (pension,
/// NPQH, mileage) weigh for it even when a short text of another class shares
/// more common words with the question.
struct NaiveBayes: Sendable {
    /// Class → feature id → log P(feature | class), for features seen in the class.
    let logLikelihood: [[Int: Double]]
    /// Class → log P(unseen feature | class).
    let logUnseen: [Double]

    /// Features naive Bayes ignores (character n-grams: typo tolerance is the index's job).
    let ignored: Set<Int>
    /// Scores are divided by this before the softmax, so that one class does not take all.
    let temperature: Double

    init(index: UnitIndex, smoothing: Double, temperature: Double, usesCharacters: Bool) {
        self.temperature = temperature
        let featureCounts = index.rawFeatures
        ignored = usesCharacters ? [] : Set(index.isCharacterFeature.indices.filter { index.isCharacterFeature[$0] })
        var counts = Array(repeating: [Int: Double](), count: index.classes.count)
        for (d, vec) in featureCounts.enumerated() {
            let c = index.documentClass[d]
            for (f, n) in vec where !ignored.contains(f) { counts[c][f, default: 0] += n * index.documentWeight[d] }
        }
        let v = Double(index.vocabulary.count)
        var ll: [[Int: Double]] = []
        var unseen: [Double] = []
        for c in counts {
            let total = c.values.reduce(0, +) + smoothing * v
            ll.append(c.mapValues { log(($0 + smoothing) / total) })
            unseen.append(log(smoothing / total))
        }
        logLikelihood = ll
        logUnseen = unseen
    }

    /// Posterior probability of each class for the question's features (uniform prior).
    func posteriors(_ query: [(Int, Double)]) -> [Double] {
        let known = query.filter { !ignored.contains($0.0) }
        let scores = logLikelihood.indices.map { c in
            known.reduce(0.0) { $0 + $1.1 * (logLikelihood[c][$1.0] ?? logUnseen[c]) } / temperature
        }
        let top = scores.max() ?? 0
        let exps = scores.map { exp($0 - top) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }
}

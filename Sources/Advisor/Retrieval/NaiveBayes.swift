import Foundation

/// Multinomial naive Bayes over the same features as the index: each class's
/// training texts pooled, so words that are typical of one class (pension,
/// NPQH, mileage) weigh for it even when a short text of another class shares
/// more common words with the question. Logarithms are taken at question time,
/// for the question's few features only, which keeps building cheap.
struct NaiveBayes: Sendable {
    /// The weighted counts of feature f, by class:
    /// classes `countClass[countStart[f]..<countStart[f + 1]]` (ascending) with
    /// their counts in `count`. A class absent from the list has none.
    let countStart: [Int32]
    let countClass: [Int32]
    let count: [Double]
    /// Class → log of (total count + smoothing × vocabulary size).
    let logTotal: [Double]
    let smoothing: Double
    /// Scores are divided by this before the softmax, so that one class does not take all.
    let temperature: Double
    /// False when character n-grams are left out.
    let usesCharacters: Bool

    init(countStart: [Int32], countClass: [Int32], count: [Double], logTotal: [Double],
         smoothing: Double, temperature: Double, usesCharacters: Bool) {
        self.countStart = countStart
        self.countClass = countClass
        self.count = count
        self.logTotal = logTotal
        self.smoothing = smoothing
        self.temperature = temperature
        self.usesCharacters = usesCharacters
    }

    /// Trains on the index's documents (their raw feature counts by feature id).
    init(index: UnitIndex, documentFeatures: [[(Int, Double)]], smoothing: Double, temperature: Double, usesCharacters: Bool) {
        let classCount = index.classes.count
        var perClass = Array(repeating: [Int: Double](), count: classCount)
        for (d, vec) in documentFeatures.enumerated() {
            let c = Int(index.documentClass[d])
            let w = index.documentWeight[d]
            for (f, n) in vec where usesCharacters || !FeatureExtractor.isCharacterFeature(index.features[f]) {
                perClass[c][f, default: 0] += n * w
            }
        }
        var perFeature = Array(repeating: [(cls: Int32, count: Double)](), count: index.features.count)
        var totals = Array(repeating: 0.0, count: classCount)
        for (c, counts) in perClass.enumerated() {
            for (f, n) in counts.sorted(by: { $0.key < $1.key }) {
                perFeature[f].append((Int32(c), n))
                totals[c] += n
            }
        }
        let flat = Flattened(perFeature)
        let v = Double(index.features.count)
        self.init(countStart: flat.start, countClass: flat.values.map(\.cls), count: flat.values.map(\.count),
                  logTotal: totals.map { log($0 + smoothing * v) }, smoothing: smoothing, temperature: temperature,
                  usesCharacters: usesCharacters)
    }

    /// Posterior probability of each class for the question's features (uniform prior).
    func posteriors(_ query: [(Int, Double)], features: [UInt64]) -> [Double] {
        let known = query.filter { usesCharacters || !FeatureExtractor.isCharacterFeature(features[$0.0]) }
        let classCount = logTotal.count
        var sums = Array(repeating: 0.0, count: classCount)
        var term = Array(repeating: 0.0, count: classCount)
        let logSmoothing = log(smoothing)
        for (f, n) in known {
            // Every class gets n × log(count + smoothing): most have no count.
            for c in 0..<classCount { term[c] = n * logSmoothing }
            for i in Int(countStart[f])..<Int(countStart[f + 1]) {
                term[Int(countClass[i])] = n * log(count[i] + smoothing)
            }
            for c in 0..<classCount { sums[c] += term[c] }
        }
        let weight = known.reduce(0) { $0 + $1.1 }
        let scores = (0..<classCount).map { (sums[$0] - weight * logTotal[$0]) / temperature }
        let top = scores.max() ?? 0
        let exps = scores.map { exp($0 - top) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }
}

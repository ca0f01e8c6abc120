import Foundation
/// A class and how strongly the question points at it.
struct ScoredUnit: Sendable {
    var unit: UnitClass
    var score: Double
}

/// Scores every class for a question: the best-matching training text of the
/// class counts most, the next best ones add support.
struct Ranker: Sendable {
    let index: UnitIndex
    let bayes: NaiveBayes
    /// How much the naive Bayes posterior adds to the similarity score.
    static let bayesWeight: Double = Double(ProcessInfo.processInfo.environment["ASTPM_NB"] ?? "") ?? 0.3

    init(index: UnitIndex) {
        self.index = index
        bayes = NaiveBayes(index: index, featureCounts: index.rawFeatures)
    }

    func rank(_ question: String) -> [ScoredUnit] {
        let query = index.vector(question)
        guard !query.isEmpty else { return [] }
        let sims = index.similarities(query)
        var perClass = Array(repeating: [Double](), count: index.classes.count)
        for (d, s) in sims.enumerated() where s > 0 {
            perClass[index.documentClass[d]].append(s * index.documentWeight[d])
        }
        let posterior = bayes.posteriors(index.counts(question))
        var scored: [ScoredUnit] = []
        for (c, values) in perClass.enumerated() where !values.isEmpty {
            let top = values.sorted(by: >).prefix(3)
            let mean = top.reduce(0, +) / 3
            let similarity = 0.6 * top.first! + 0.4 * mean
            scored.append(ScoredUnit(unit: index.classes[c], score: similarity + Ranker.bayesWeight * posterior[c]))
        }
        return scored.sorted { $0.score > $1.score || ($0.score == $1.score && $0.unit.id < $1.unit.id) }
    }
}

import Guidance

/// A class and how strongly the question points at it.
struct ScoredUnit: Sendable {
    var unit: UnitClass
    var score: Double
    /// The similarity part of the score (how closely some training text matches).
    var similarity: Double = 0
    /// The share of the question's words found in the class's texts (see `UnitIndex.coverage`).
    var coverage: Double = 0
}

/// The knobs of the ranking, measured with the dev set and cross-validation
/// (see AdvisorTests); the defaults are the measured best.
public struct RankingTuning: Sendable {
    /// How much the naive Bayes posterior adds to the similarity score.
    public var bayesWeight = 1.5
    /// Softens the naive Bayes posterior so one class does not take all.
    public var bayesTemperature = 2.0
    /// Additive smoothing of naive Bayes counts.
    public var bayesSmoothing = 0.1
    /// Whether naive Bayes also reads character 4-grams.
    public var bayesUsesCharacters = true
    public init() {}
}

/// Scores every class for a question: the similarity of its best-matching
/// training texts, plus the naive Bayes posterior of the class.
struct Ranker: Sendable {
    let index: UnitIndex
    let bayes: NaiveBayes
    let tuning: RankingTuning

    init(index: UnitIndex, bayes: NaiveBayes, tuning: RankingTuning) {
        self.index = index
        self.bayes = bayes
        self.tuning = tuning
    }

    /// Builds the index and trains naive Bayes from Guidance.
    init(guidance: GuidanceSet, tuning: RankingTuning) {
        let (index, documentFeatures) = UnitIndex.build(guidance: guidance, analyzer: Analyzer(synonyms: guidance.synonyms))
        let bayes = NaiveBayes(index: index, documentFeatures: documentFeatures, smoothing: tuning.bayesSmoothing,
                               temperature: tuning.bayesTemperature, usesCharacters: tuning.bayesUsesCharacters)
        self.init(index: index, bayes: bayes, tuning: tuning)
    }

    /// Every class scored, best first, and how much of the naive Bayes
    /// probability falls on gaps and topics outside the guide.
    struct Ranking {
        var units: [ScoredUnit]
        var outsideMass: Double
    }

    func rank(_ question: String) -> [ScoredUnit] { ranking(question).units }

    /// Every class scored for `question`, leaving out the classes `admits`
    /// turns away (their share of the naive Bayes probability is shared out
    /// among the rest).
    func ranking(_ question: String, admits: (UnitClass) -> Bool = { _ in true }) -> Ranking {
        let q = index.query(question)
        guard !q.vector.isEmpty else { return Ranking(units: [], outsideMass: 0) }
        let sims = index.similarities(q.vector)
        var perClass = Array(repeating: [Double](), count: index.classes.count)
        for (d, s) in sims.enumerated() where s > 0 {
            perClass[Int(index.documentClass[d])].append(s * index.documentWeight[d])
        }
        var posterior = bayes.posteriors(q.counts, features: index.features)
        let admitted = index.classes.map(admits)
        let kept = index.classes.indices.reduce(0.0) { $0 + (admitted[$1] ? posterior[$1] : 0) }
        if kept > 0, kept < 1 {
            for c in posterior.indices { posterior[c] = admitted[c] ? posterior[c] / kept : 0 }
        }
        let outside = index.classes.indices.reduce(0.0) { $0 + (index.classes[$1].kind == .passage ? 0 : posterior[$1]) }
        var scored: [ScoredUnit] = []
        for (c, values) in perClass.enumerated() where !values.isEmpty && admitted[c] {
            let top = values.sorted(by: >).prefix(3)
            let similarity = 0.6 * top.first! + 0.4 * top.reduce(0, +) / 3
            scored.append(ScoredUnit(unit: index.classes[c], score: similarity + tuning.bayesWeight * posterior[c], similarity: similarity))
        }
        scored.sort { $0.score > $1.score || ($0.score == $1.score && $0.unit.id < $1.unit.id) }
        if !scored.isEmpty, let c = index.classes.firstIndex(where: { $0.id == scored[0].unit.id }) {
            scored[0].coverage = index.coverage(q, of: c)
        }
        return Ranking(units: scored, outsideMass: outside)
    }
}

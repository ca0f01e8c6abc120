import Foundation
import Guidance

/// What a class of the classifier stands for.
public enum UnitKind: Equatable, Sendable {
    /// A paragraph of the guide (its passage unit).
    case passage
    /// Something the guide mentions but does not answer.
    case gap
    /// A topic outside the guide.
    case notCovered
}

/// One class: a passage, a known gap, or a not-covered topic.
struct UnitClass: Sendable {
    var id: String
    var kind: UnitKind
}

/// A TF-IDF index of every training text (each "way people ask", each title,
/// question and summary) labelled with its class. Built once from Guidance.
struct UnitIndex: Sendable {
    let extractor: FeatureExtractor
    let classes: [UnitClass]
    /// Feature name → id.
    let vocabulary: [UInt64: Int]
    /// Feature id → true for character n-grams.
    let isCharacterFeature: [Bool]
    let idf: [Double]
    /// Per document: its class and its L2-normalised sparse vector.
    let documentClass: [Int]
    let documentWeight: [Double]
    /// Per document: its text (for explaining a ranking).
    let documentText: [String]
    /// Feature id → (document, weight) postings.
    let postings: [[(doc: Int, weight: Double)]]
    /// Per document: raw feature counts (for naive Bayes).
    let rawFeatures: [[(Int, Double)]]

    init(guidance: GuidanceSet, analyzer: Analyzer) {
        extractor = FeatureExtractor(analyzer: analyzer)
        var classes: [UnitClass] = []
        var texts: [(cls: Int, text: String, weight: Double)] = []
        func add(_ id: String, _ kind: UnitKind, _ items: [(String, Double)]) {
            let c = classes.count
            classes.append(UnitClass(id: id, kind: kind))
            for (t, w) in items where !t.isEmpty { texts.append((c, t, w)) }
        }
        for p in guidance.passages {
            var items = p.asks.map { ($0, 1.0) }
            items.append((p.title, 1.0))
            if let q = p.question { items.append((q, 1.0)) }
            items.append((p.summary, 0.6))
            items.append((p.terms.joined(separator: " "), 0.6))
            add(p.id, .passage, items)
        }
        for g in guidance.gaps { add(g.id, .gap, g.asks.map { ($0, 1.0) } + [(g.title, 1.0)]) }
        for (i, t) in guidance.notCovered.enumerated() {
            add("not-covered.\(i)", .notCovered, t.asks.map { ($0, 1.0) } + [(t.topic, 1.0)])
        }
        self.classes = classes

        var vocab: [UInt64: Int] = [:]
        var isChar: [Bool] = []
        var stems: [String: String] = [:]
        var docFeatures: [[(Int, Double)]] = []
        var df: [Int] = []
        for (_, text, _) in texts {
            var vec: [(Int, Double)] = []
            for (name, count) in extractor.features(text, cache: &stems) {
                let id: Int
                if let known = vocab[name] { id = known } else {
                    id = vocab.count
                    vocab[name] = id
                    df.append(0)
                    isChar.append(FeatureExtractor.isCharacterFeature(name))
                }
                df[id] += 1
                vec.append((id, count))
            }
            docFeatures.append(vec)
        }
        vocabulary = vocab
        isCharacterFeature = isChar
        rawFeatures = docFeatures
        let n = Double(texts.count)
        let idfValues = df.map { (d: Int) -> Double in log((n + 1) / (Double(d) + 1)) + 1 }
        idf = idfValues
        documentClass = texts.map(\.cls)
        documentWeight = texts.map(\.weight)
        documentText = texts.map(\.text)
        var postings = Array(repeating: [(doc: Int, weight: Double)](), count: vocab.count)
        for (d, vec) in docFeatures.enumerated() {
            let weighted: [(Int, Double)] = vec.map { ($0.0, UnitIndex.tf($0.1) * idfValues[$0.0]) }
            let norm = weighted.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            guard norm > 0 else { continue }
            for (f, w) in weighted { postings[f].append((d, w / norm)) }
        }
        self.postings = postings
    }

    /// Sub-linear term frequency.
    static func tf(_ count: Double) -> Double { count <= 1 ? count : 1 + log(count) }

    /// The query's raw feature counts over known features.
    func counts(_ text: String) -> [(Int, Double)] {
        extractor.features(text).compactMap { name, count in vocabulary[name].map { ($0, count) } }
    }

    /// The query's normalised sparse vector over known features.
    func vector(_ text: String) -> [(Int, Double)] {
        let weighted = extractor.features(text).compactMap { name, count -> (Int, Double)? in
            guard let id = vocabulary[name] else { return nil }
            return (id, UnitIndex.tf(count) * idf[id])
        }
        let norm = weighted.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        return norm > 0 ? weighted.map { ($0.0, $0.1 / norm) } : []
    }

    /// Cosine similarity of the query with every document.
    func similarities(_ query: [(Int, Double)]) -> [Double] {
        var sims = Array(repeating: 0.0, count: documentClass.count)
        for (f, qw) in query { for p in postings[f] { sims[p.doc] += qw * p.weight } }
        return sims
    }
}

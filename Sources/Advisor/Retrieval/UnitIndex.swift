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
    /// Corrects mistyped words of a question against the training texts' words.
    let speller: SpellingCorrector
    /// Per class: the whole-word features of its training texts.
    let classWords: [Set<Int>]
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
        let extractor = self.extractor
        let textsOnly = texts.map(\.text)
        // Featurising the training texts is most of the start-up cost of the
        // advisor; the texts are independent, so both cores share the work.
        let (featureLists, speller) = UnitIndex.featurizeInParallel(textsOnly, extractor: extractor)
        self.speller = speller

        var vocab: [UInt64: Int] = [:]
        var isChar: [Bool] = []
        var docFeatures: [[(Int, Double)]] = []
        var df: [Int] = []
        for features in featureLists {
            var vec: [(Int, Double)] = []
            for (name, count) in features {
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
        var isWord = Array(repeating: false, count: vocab.count)
        for (name, id) in vocab where FeatureExtractor.isWordFeature(name) { isWord[id] = true }
        var words = Array(repeating: Set<Int>(), count: classes.count)
        for (d, vec) in docFeatures.enumerated() {
            for (f, _) in vec where isWord[f] { words[texts[d].cls].insert(f) }
        }
        classWords = words
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

    /// The features of every text, in order, and the spelling corrector built
    /// from them, computed on all cores. Each chunk has its own stem cache, so
    /// the result is the same as a sequential run.
    private static func featurizeInParallel(_ texts: [String], extractor: FeatureExtractor)
        -> ([[(UInt64, Double)]], SpellingCorrector) {
        let chunks = 4
        let size = (texts.count + chunks - 1) / chunks
        var results = Array(repeating: [[(UInt64, Double)]](), count: chunks)
        var speller: SpellingCorrector?
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            nonisolated(unsafe) var built: SpellingCorrector?
            // One extra iteration builds the spelling corrector alongside.
            DispatchQueue.concurrentPerform(iterations: chunks + 1) { chunk in
                if chunk == chunks { built = SpellingCorrector(texts: texts); return }
                let range = min(chunk * size, texts.count)..<min((chunk + 1) * size, texts.count)
                var stems: [String: String] = [:]
                slots[chunk] = range.map { extractor.features(texts[$0], cache: &stems) }
            }
            speller = built
        }
        return (results.flatMap { $0 }, speller!)
    }

    /// Sub-linear term frequency.
    static func tf(_ count: Double) -> Double { count <= 1 ? count : 1 + log(count) }

    /// A question as the index sees it.
    struct Query {
        /// Raw counts of known features (for naive Bayes).
        var counts: [(Int, Double)]
        /// Normalised TF-IDF vector over known features.
        var vector: [(Int, Double)]
        /// Each whole word of the question: its feature id when known, and its weight.
        var words: [(id: Int?, weight: Double)]
    }

    func query(_ text: String) -> Query {
        let features = extractor.features(text, correcting: speller.correct)
        let maxIDF = idf.max() ?? 1
        var counts: [(Int, Double)] = []
        var weighted: [(Int, Double)] = []
        for (name, count) in features {
            guard let id = vocabulary[name] else { continue }
            counts.append((id, count))
            weighted.append((id, UnitIndex.tf(count) * idf[id]))
        }
        // Coverage leaves out the words the speller changed: a correction must
        // not make an unrelated question ("who won the football last night",
        // night → right) look familiar, nor a typo make a real one look strange.
        let unchanged = Analyzer.words(text).filter { speller.correct($0) == $0 }.joined(separator: " ")
        let words = extractor.features(unchanged).filter { FeatureExtractor.isWordFeature($0.0) }.map { name, _ in
            let id = vocabulary[name]
            return (id: id, weight: id.map { idf[$0] } ?? maxIDF)
        }
        let norm = weighted.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        return Query(counts: counts, vector: norm > 0 ? weighted.map { ($0.0, $0.1 / norm) } : [], words: words)
    }

    /// The share of the question's words (weighted by rarity) that a class's
    /// training texts contain: low when the question is about something else.
    func coverage(_ q: Query, of classIndex: Int) -> Double {
        let total = q.words.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return 0 }
        let known = q.words.reduce(0) { $0 + (($1.id.map { classWords[classIndex].contains($0) } ?? false) ? $1.weight : 0) }
        return known / total
    }

    /// Cosine similarity of the query with every document.
    func similarities(_ query: [(Int, Double)]) -> [Double] {
        var sims = Array(repeating: 0.0, count: documentClass.count)
        for (f, qw) in query { for p in postings[f] { sims[p.doc] += qw * p.weight } }
        return sims
    }
}


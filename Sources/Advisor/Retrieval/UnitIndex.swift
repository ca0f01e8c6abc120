import Foundation
import Guidance

/// What a class of the classifier stands for.
public enum UnitKind: UInt8, Equatable, Sendable {
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
/// question and summary) labelled with its class. Built from Guidance, or read
/// back from an image of one (`AdvisorImage`).
///
/// Every table is a flat array, so that an image loads with a few copies:
/// features are identified by their position in the sorted `features`, and
/// lists per feature or per class are slices of one array between two offsets.
struct UnitIndex: Sendable {
    let extractor: FeatureExtractor
    let classes: [UnitClass]
    /// Every known feature hash, sorted; a feature's id is its position.
    let features: [UInt64]
    let idf: [Double]
    /// The largest idf: the weight of a word no training text has.
    let maxIDF: Double
    /// Per document: its class and its weight.
    let documentClass: [Int32]
    let documentWeight: [Double]
    /// Postings of feature f: `postingDocument[postingStart[f]..<postingStart[f + 1]]`,
    /// with the document's L2-normalised TF-IDF weights in `postingWeight`.
    let postingStart: [Int32]
    let postingDocument: [Int32]
    let postingWeight: [Double]
    /// Whole-word features of class c's training texts, sorted:
    /// `classWords[classWordStart[c]..<classWordStart[c + 1]]`.
    let classWordStart: [Int32]
    let classWords: [Int32]
    /// Corrects mistyped words of a question against the training texts' words.
    let speller: SpellingCorrector

    /// The training texts of each class, with their weights.
    struct Training {
        var classes: [UnitClass] = []
        var texts: [(cls: Int, text: String, weight: Double)] = []

        init(guidance: GuidanceSet) {
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
        }

        private mutating func add(_ id: String, _ kind: UnitKind, _ items: [(String, Double)]) {
            let c = classes.count
            classes.append(UnitClass(id: id, kind: kind))
            for (t, w) in items where !t.isEmpty { texts.append((c, t, w)) }
        }
    }

    /// Builds the index and returns, alongside, each document's raw feature
    /// counts (by feature id), which naive Bayes is trained on.
    static func build(guidance: GuidanceSet, analyzer: Analyzer) -> (UnitIndex, documentFeatures: [[(Int, Double)]]) {
        let extractor = FeatureExtractor(analyzer: analyzer)
        let training = Training(guidance: guidance)
        let texts = training.texts
        // Featurising the training texts is most of the cost of building; the
        // texts are independent, so both cores share the work.
        let (featureLists, speller) = featurizeInParallel(texts.map(\.text), extractor: extractor)

        var all = Set<UInt64>()
        for list in featureLists { for (f, _) in list { all.insert(f) } }
        let features = all.sorted()
        let idOf = Dictionary(uniqueKeysWithValues: features.enumerated().map { ($0.element, $0.offset) })
        var df = Array(repeating: 0, count: features.count)
        // Each text's features are sorted by hash, so their ids are sorted too.
        let docFeatures: [[(Int, Double)]] = featureLists.map { list in
            list.map { (f, count) in
                let id = idOf[f]!
                df[id] += 1
                return (id, count)
            }
        }
        let n = Double(texts.count)
        let idf = df.map { log((n + 1) / (Double($0) + 1)) + 1 }

        var perFeature = Array(repeating: [(doc: Int32, weight: Double)](), count: features.count)
        for (d, vec) in docFeatures.enumerated() {
            let weighted = vec.map { ($0.0, tf($0.1) * idf[$0.0]) }
            let norm = weighted.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            guard norm > 0 else { continue }
            for (f, w) in weighted { perFeature[f].append((Int32(d), w / norm)) }
        }
        var words = Array(repeating: Set<Int32>(), count: training.classes.count)
        for (d, vec) in docFeatures.enumerated() {
            for (f, _) in vec where FeatureExtractor.isWordFeature(features[f]) { words[texts[d].cls].insert(Int32(f)) }
        }
        let postings = Flattened(perFeature)
        let classWords = Flattened(words.map { $0.sorted() })
        let index = UnitIndex(extractor: extractor, classes: training.classes, features: features, idf: idf,
                              documentClass: texts.map { Int32($0.cls) }, documentWeight: texts.map(\.weight),
                              postingStart: postings.start, postingDocument: postings.values.map(\.doc),
                              postingWeight: postings.values.map(\.weight), classWordStart: classWords.start,
                              classWords: classWords.values, speller: speller)
        return (index, docFeatures)
    }

    init(extractor: FeatureExtractor, classes: [UnitClass], features: [UInt64], idf: [Double],
         documentClass: [Int32], documentWeight: [Double], postingStart: [Int32], postingDocument: [Int32],
         postingWeight: [Double], classWordStart: [Int32], classWords: [Int32], speller: SpellingCorrector) {
        self.extractor = extractor
        self.classes = classes
        self.features = features
        self.idf = idf
        maxIDF = idf.max() ?? 1
        self.documentClass = documentClass
        self.documentWeight = documentWeight
        self.postingStart = postingStart
        self.postingDocument = postingDocument
        self.postingWeight = postingWeight
        self.classWordStart = classWordStart
        self.classWords = classWords
        self.speller = speller
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

    /// The id of a feature hash, if any training text has it.
    func id(of feature: UInt64) -> Int? {
        var low = 0, high = features.count
        while low < high {
            let mid = (low + high) / 2
            if features[mid] < feature { low = mid + 1 } else { high = mid }
        }
        return low < features.count && features[low] == feature ? low : nil
    }

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
        let found = extractor.features(text, correcting: speller.correct)
        var counts: [(Int, Double)] = []
        var weighted: [(Int, Double)] = []
        for (name, count) in found {
            guard let id = id(of: name) else { continue }
            counts.append((id, count))
            weighted.append((id, UnitIndex.tf(count) * idf[id]))
        }
        // Coverage leaves out the words the speller changed: a correction must
        // not make an unrelated question ("who won the football last night",
        // night → right) look familiar, nor a typo make a real one look strange.
        let unchanged = Analyzer.words(text).filter { speller.correct($0) == $0 }.joined(separator: " ")
        let words = extractor.features(unchanged).filter { FeatureExtractor.isWordFeature($0.0) }.map { name, _ in
            let id = id(of: name)
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
        let known = classWords[Int(classWordStart[classIndex])..<Int(classWordStart[classIndex + 1])]
        let found = q.words.reduce(0) { sum, word in
            guard let id = word.id, Flattened<Int32>.sortedSlice(known, contains: Int32(id)) else { return sum }
            return sum + word.weight
        }
        return found / total
    }

    /// Cosine similarity of the query with every document.
    func similarities(_ query: [(Int, Double)]) -> [Double] {
        var sims = Array(repeating: 0.0, count: documentClass.count)
        for (f, qw) in query {
            for p in Int(postingStart[f])..<Int(postingStart[f + 1]) {
                sims[Int(postingDocument[p])] += qw * postingWeight[p]
            }
        }
        return sims
    }
}

/// Lists of lists stored as one array and the offsets where each list starts
/// (compressed sparse rows): list i is `values[start[i]..<start[i + 1]]`.
struct Flattened<Value> {
    var start: [Int32]
    var values: [Value]

    init(_ lists: [[Value]]) {
        start = [0]
        start.reserveCapacity(lists.count + 1)
        values = []
        values.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists {
            values += list
            start.append(Int32(values.count))
        }
    }
}

extension Flattened where Value == Int32 {
    /// Binary search in a sorted slice.
    static func sortedSlice(_ slice: ArraySlice<Int32>, contains value: Int32) -> Bool {
        var low = slice.startIndex, high = slice.endIndex
        while low < high {
            let mid = (low + high) / 2
            if slice[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < slice.endIndex && slice[low] == value
    }
}

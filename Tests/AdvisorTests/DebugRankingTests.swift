import Foundation
import Guidance
import XCTest
@testable import Advisor

final class DebugRankingTests: XCTestCase {
    func testPrintRanking() throws {
        guard let q = ProcessInfo.processInfo.environment["ASTPM_DEBUG_Q"] else { throw XCTSkip("set ASTPM_DEBUG_Q") }
        for line in q.split(separator: "|") {
            print("Q: \(line)")
            print("  terms: \(DevSetTests.advisor.ranker.index.extractor.analyzer.terms(String(line)))")
            for r in DevSetTests.advisor.ranker.rank(String(line)).prefix(5) { print("  \(r.unit.id) \(String(format: "%.3f sim %.3f", r.score, r.similarity))") }
            let index = DevSetTests.advisor.ranker.index
            let sims = index.similarities(index.query(String(line)).vector)
            let best = sims.enumerated().sorted { $0.element > $1.element }.prefix(5)
            for (d, s) in best { print("    doc \(index.classes[index.documentClass[d]].id) \(String(format: "%.3f", s)): \(index.documentText[d].prefix(100))") }
            let post = DevSetTests.advisor.ranker.bayes.posteriors(index.query(String(line)).counts)
            let topPost = post.enumerated().sorted { $0.element > $1.element }.prefix(4)
            print("    bayes: " + topPost.map { "\(index.classes[$0.offset].id)=\(String(format: "%.2f", $0.element))" }.joined(separator: " "))
        }
    }
}

final class IndexSizeTests: XCTestCase {
    func testPrintIndexSize() throws {
        guard ProcessInfo.processInfo.environment["ASTPM_DEBUG_SIZE"] != nil else { throw XCTSkip("set ASTPM_DEBUG_SIZE") }
        let g = GuidanceLoader.load(directory: GuidanceLoader.builtInDirectory!).guidance!
        let start = Date()
        let a = Advisor(guidance: g)
        let built = Date().timeIntervalSince(start)
        let idx = a.ranker.index
        let nnz = idx.rawFeatures.map(\.count).reduce(0, +)
        let t0 = Date()
        for _ in 0..<100 { _ = a.answer("can we give an AST two spine points at once") }
        print("index: \(idx.classes.count) classes, \(idx.documentClass.count) docs, \(idx.vocabulary.count) features, \(nnz) nonzeros; build \(built * 1000) ms; answer \(Date().timeIntervalSince(t0) * 10) ms")
    }
}

final class StageTimingTests: XCTestCase {
    func testPrintStageTimes() throws {
        guard ProcessInfo.processInfo.environment["ASTPM_DEBUG_SIZE"] != nil else { throw XCTSkip("set ASTPM_DEBUG_SIZE") }
        let g = GuidanceLoader.load(directory: GuidanceLoader.builtInDirectory!).guidance!
        let texts = g.passages.flatMap { $0.asks + [$0.summary] } + g.gaps.flatMap(\.asks) + g.notCovered.flatMap(\.asks)
        let an = Analyzer(synonyms: g.synonyms)
        var t = Date()
        var n = 0
        for x in texts { n += Analyzer.words(x).count }
        print("words: \(Date().timeIntervalSince(t) * 1000) ms for \(texts.count) texts, \(n) words")
        t = Date()
        for x in texts { n += an.canonicalWords(x).count }
        print("canonical: \(Date().timeIntervalSince(t) * 1000) ms")
        t = Date()
        for x in texts { n += an.terms(x).count }
        print("terms (incl stem): \(Date().timeIntervalSince(t) * 1000) ms")
        let fx = FeatureExtractor(analyzer: an)
        t = Date()
        for x in texts { n += fx.features(x).count }
        print("features: \(Date().timeIntervalSince(t) * 1000) ms")
        t = Date()
        let idx = UnitIndex(guidance: g, analyzer: an)
        print("index: \(Date().timeIntervalSince(t) * 1000) ms")
        t = Date()
        _ = NaiveBayes(index: idx, smoothing: 0.1, temperature: 2, usesCharacters: true)
        print("bayes: \(Date().timeIntervalSince(t) * 1000) ms")
        t = Date()
        _ = GuidanceLoader.load(directory: GuidanceLoader.builtInDirectory!)
        print("guidance load: \(Date().timeIntervalSince(t) * 1000) ms")
    }
}


/// Features of a text for the classifier: stemmed words, adjacent word pairs,
/// and character 4-grams of each word (so "reveiws" still meets "reviews").
struct FeatureExtractor: Sendable {
    let analyzer: Analyzer

    /// Feature name → count. Prefixes keep the kinds apart.
    func features(_ text: String) -> [String: Double] {
        let terms = analyzer.terms(text)
        var out: [String: Double] = [:]
        for t in terms { out["w:" + t, default: 0] += 1 }
        if terms.count > 1 {
            for i in 0..<(terms.count - 1) { out["b:" + terms[i] + "_" + terms[i + 1], default: 0] += 1 }
        }
        for t in terms where t.count >= 4 {
            let chars = Array("<" + t + ">")
            for i in 0...(chars.count - 4) { out["c:" + String(chars[i..<(i + 4)]), default: 0] += 0.25 }
        }
        return out
    }
}

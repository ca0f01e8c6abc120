import StableHashing

/// Features of a text for the classifier: stemmed words, adjacent word pairs,
/// and character 4-grams of each word (so "reveiws" still meets "reviews").
/// Features are 64-bit FNV-1a hashes of their kind and bytes: no strings are
/// built for them.
struct FeatureExtractor: Sendable {
    let analyzer: Analyzer

    /// Weight of one character 4-gram relative to a whole word.
    static let characterWeight = 0.25

    /// The features of `text`, sorted by feature so that sums run in a fixed
    /// order and answers are the same in every process.
    func features(_ text: String, correcting: ((String) -> String)? = nil) -> [(UInt64, Double)] {
        featurize(analyzer.terms(text, correcting: correcting))
    }

    func features(_ text: String, cache: inout [String: String]) -> [(UInt64, Double)] {
        featurize(analyzer.terms(text, cache: &cache))
    }

    /// Hashes every feature into a list, then sorts it and adds up repeats
    /// (cheaper than a dictionary for the few dozen features of a text).
    private func featurize(_ terms: [String]) -> [(UInt64, Double)] {
        var all: [(UInt64, Double)] = []
        all.reserveCapacity(terms.count * 8)
        var previous: [UInt8] = []
        var padded: [UInt8] = []
        for term in terms {
            let bytes = Array(term.utf8)
            all.append((hash(0x77, bytes), 1))
            if !previous.isEmpty {
                var h = start(0x62)
                h = feed(h, previous)
                h = feed(h, CollectionOfOne(0x5F))
                all.append((finish(0x62, feed(h, bytes)), 1))
            }
            previous = bytes
            guard bytes.count >= 4 else { continue }
            padded.removeAll(keepingCapacity: true)
            padded.append(0x3C)
            padded.append(contentsOf: bytes)
            padded.append(0x3E)
            for i in 0...(padded.count - 4) {
                all.append((hash(0x63, padded[i..<(i + 4)]), Self.characterWeight))
            }
        }
        all.sort { $0.0 < $1.0 }
        var merged: [(UInt64, Double)] = []
        merged.reserveCapacity(all.count)
        for (feature, count) in all {
            if let last = merged.last, last.0 == feature {
                merged[merged.count - 1].1 += count
            } else {
                merged.append((feature, count))
            }
        }
        return merged
    }

    /// FNV-1a over a kind byte and the feature's bytes.
    private func hash<C: Collection>(_ kind: UInt8, _ bytes: C) -> UInt64 where C.Element == UInt8 {
        finish(kind, feed(start(kind), bytes))
    }

    private func start(_ kind: UInt8) -> UInt64 {
        var h = FNV1a()
        h.add(kind)
        return h.value
    }

    private func feed<C: Collection>(_ hash: UInt64, _ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h = FNV1a()
        h.value = hash
        h.add(bytes)
        return h.value
    }

    /// The top two bits mark the kind, so it can be told from the hash.
    private func finish(_ kind: UInt8, _ hash: UInt64) -> UInt64 {
        let h = hash & ~(Self.characterBit | Self.pairBit)
        switch kind {
        case 0x63: return h | Self.characterBit
        case 0x62: return h | Self.pairBit
        default: return h
        }
    }

    static let characterBit: UInt64 = 1 << 63
    static let pairBit: UInt64 = 1 << 62

    /// True for whole-word features.
    static func isWordFeature(_ feature: UInt64) -> Bool { feature & (characterBit | pairBit) == 0 }

    /// True for character n-gram features.
    static func isCharacterFeature(_ feature: UInt64) -> Bool { feature & characterBit != 0 }
}

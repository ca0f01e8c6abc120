import Guidance

/// Turns text into the terms used for matching: lower case, words split on
/// punctuation, lexicon phrases replaced by one canonical token (LA → lea,
/// head of department → hod, line manager → line_manager), stop words dropped,
/// words stemmed.
public struct Analyzer: Sendable {
    /// First word of a variant → (the variant's other words, canonical token),
    /// longest variants first.
    private let phrases: [String: [(rest: [String], token: String)]]

    public init(synonyms: [Synonym]) {
        var map: [[String]: String] = [:]
        for s in synonyms {
            let canonicalWords = Analyzer.words(s.canonical)
            // A phrase reads as one token, so its common words (line, manager)
            // do not match unrelated text.
            let token = canonicalWords.joined(separator: "_")
            if canonicalWords.count > 1 { map[canonicalWords] = token }
            for v in s.variants {
                let key = Analyzer.words(v)
                if !key.isEmpty { map[key] = token }
            }
        }
        var byFirst: [String: [(rest: [String], token: String)]] = [:]
        for (words, token) in map { byFirst[words[0], default: []].append((Array(words.dropFirst()), token)) }
        phrases = byFirst.mapValues { $0.sorted { $0.rest.count > $1.rest.count || ($0.rest.count == $1.rest.count && $0.token < $1.token) } }
    }

    /// Lower-case words and numbers; keeps `£`, `%` and digits with their word,
    /// drops apostrophes (don't → dont) and short endings (she'll → she),
    /// and reads accented letters as plain ones (Zoë → zoe).
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current: [UInt8] = []
        var apostrophe = -1
        func flush() {
            if apostrophe >= 0 {
                let tail = current[apostrophe...]
                if ["ll", "re", "ve", "d", "s", "m"].contains(String(decoding: tail, as: UTF8.self)) { current.removeSubrange(apostrophe...) }
            }
            if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            apostrophe = -1
        }
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x61...0x7A, 0x30...0x39, 0x25: current.append(b)
            case 0x41...0x5A: current.append(b + 32)
            case 0x27: if !current.isEmpty { apostrophe = current.count }
            case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0xA3:  // £
                current += [0xC2, 0xA3]
                i += 1
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99:  // ’
                if !current.isEmpty { apostrophe = current.count }
                i += 2
            case 0xC3 where i + 1 < bytes.count:
                if let plain = latin1Letter(bytes[i + 1]) { current.append(plain) } else { flush() }
                i += 1
            default: flush()
            }
            i += 1
        }
        flush()
        return out
    }

    /// The plain letter for an accented Latin-1 letter (second byte after 0xC3).
    private static func latin1Letter(_ b: UInt8) -> UInt8? {
        let code = Int(b) + 0x40  // U+00C0 ... U+00FF
        let letters: [(ClosedRange<Int>, UInt8)] = [
            (0xC0...0xC5, 0x61), (0xE0...0xE5, 0x61), (0xC8...0xCB, 0x65), (0xE8...0xEB, 0x65),
            (0xCC...0xCF, 0x69), (0xEC...0xEF, 0x69), (0xD2...0xD6, 0x6F), (0xF2...0xF6, 0x6F),
            (0xD9...0xDC, 0x75), (0xF9...0xFC, 0x75), (0xC7...0xC7, 0x63), (0xE7...0xE7, 0x63),
            (0xD1...0xD1, 0x6E), (0xF1...0xF1, 0x6E), (0xDD...0xDD, 0x79), (0xFD...0xFD, 0x79), (0xFF...0xFF, 0x79),
        ]
        return letters.first { $0.0.contains(code) }?.1
    }

    /// Words after lexicon replacement, before stop-word removal and stemming.
    func canonicalWords(_ text: String, correcting: ((String) -> String)? = nil) -> [String] {
        let raw = Analyzer.words(text)
        let ws = correcting.map { raw.map($0) } ?? raw
        var out: [String] = []
        out.reserveCapacity(ws.count)
        var i = 0
        while i < ws.count {
            if let candidates = phrases[ws[i]],
               let match = candidates.first(where: { c in
                   i + c.rest.count < ws.count && c.rest.indices.allSatisfy { ws[i + 1 + $0] == c.rest[$0] }
               }) {
                out.append(match.token)
                i += 1 + match.rest.count
                continue
            }
            out.append(ws[i])
            i += 1
        }
        return out
    }

    /// The matching terms of `text`.
    public func terms(_ text: String, correcting: ((String) -> String)? = nil) -> [String] {
        canonicalWords(text, correcting: correcting).compactMap { StopWords.all.contains($0) ? nil : PorterStemmer.stem($0) }
    }

    /// The matching terms of `text`, stemming through a cache (for building an index).
    func terms(_ text: String, cache: inout [String: String]) -> [String] {
        canonicalWords(text).compactMap { word in
            if StopWords.all.contains(word) { return nil }
            if let s = cache[word] { return s }
            let s = PorterStemmer.stem(word)
            cache[word] = s
            return s
        }
    }
}

import Guidance

/// Turns text into the terms used for matching: lower case, words split on
/// punctuation, lexicon phrases replaced by their canonical words (LA → lea,
/// head of department → hod), stop words dropped, words stemmed.
public struct Analyzer: Sendable {
    /// Variant token sequence → canonical tokens, longest variants tried first.
    private let phrases: [[String]: [String]]
    private let longestPhrase: Int

    public init(synonyms: [Synonym]) {
        var map: [[String]: [String]] = [:]
        for s in synonyms {
            let canonical = Analyzer.words(s.canonical)
            for v in s.variants {
                let key = Analyzer.words(v)
                if !key.isEmpty && key != canonical { map[key] = canonical }
            }
        }
        phrases = map
        longestPhrase = map.keys.map(\.count).max() ?? 1
    }

    /// Lower-case words and numbers; keeps `£`, `%` and digits with their word,
    /// and reads accented letters as plain ones (Zoë → zoe).
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text.lowercased() {
            if ch.isASCII, ch.isLetter || ch.isNumber || ch == "%" {
                current.append(ch)
            } else if ch == "£" {
                current.append(ch)
            } else if ch == "'" || ch == "\u{2019}" {
                continue  // boys' → boys, don't → dont
            } else if let plain = accents[ch] {
                current += plain
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    private static let accents: [Character: String] = [
        "à": "a", "á": "a", "â": "a", "ã": "a", "ä": "a", "å": "a", "è": "e", "é": "e", "ê": "e", "ë": "e",
        "ì": "i", "í": "i", "î": "i", "ï": "i", "ò": "o", "ó": "o", "ô": "o", "õ": "o", "ö": "o", "ù": "u",
        "ú": "u", "û": "u", "ü": "u", "ý": "y", "ÿ": "y", "ñ": "n", "ç": "c",
    ]

    /// Words after lexicon replacement, before stop-word removal and stemming.
    func canonicalWords(_ text: String) -> [String] {
        let ws = Analyzer.words(text)
        var out: [String] = []
        var i = 0
        outer: while i < ws.count {
            for n in stride(from: min(longestPhrase, ws.count - i), through: 1, by: -1) {
                if let c = phrases[Array(ws[i..<(i + n)])] {
                    out += c
                    i += n
                    continue outer
                }
            }
            out.append(ws[i])
            i += 1
        }
        return out
    }

    /// The matching terms of `text`.
    public func terms(_ text: String) -> [String] {
        canonicalWords(text).filter { !StopWords.all.contains($0) }.map { PorterStemmer.stem($0) }
    }
}


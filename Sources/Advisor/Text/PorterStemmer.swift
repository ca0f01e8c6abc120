/// The Porter (1980) stemmer for English words, so that "reviewing", "reviews"
/// and "reviewed" all match "review".
enum PorterStemmer {
    static func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        guard w.count > 2, w.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        step1a(&w); step1b(&w); step1c(&w); step2(&w); step3(&w); step4(&w); step5(&w)
        return String(decoding: w, as: UTF8.self)
    }

    private static func isConsonant(_ w: [UInt8], _ i: Int) -> Bool {
        switch w[i] {
        case 97, 101, 105, 111, 117: return false
        case 121: return i == 0 ? true : !isConsonant(w, i - 1)
        default: return true
        }
    }

    /// m(): the number of VC sequences in w[0..<end].
    private static func measure(_ w: [UInt8], _ end: Int) -> Int {
        var n = 0, i = 0
        while i < end && isConsonant(w, i) { i += 1 }
        while i < end {
            while i < end && !isConsonant(w, i) { i += 1 }
            if i >= end { break }
            n += 1
            while i < end && isConsonant(w, i) { i += 1 }
        }
        return n
    }

    private static func hasVowel(_ w: [UInt8], _ end: Int) -> Bool { (0..<end).contains { !isConsonant(w, $0) } }

    private static func endsDoubleConsonant(_ w: [UInt8], _ end: Int) -> Bool {
        end >= 2 && w[end - 1] == w[end - 2] && isConsonant(w, end - 1)
    }

    /// cvc at the end, where the last c is not w, x or y.
    private static func endsCVC(_ w: [UInt8], _ end: Int) -> Bool {
        guard end >= 3, isConsonant(w, end - 1), !isConsonant(w, end - 2), isConsonant(w, end - 3) else { return false }
        return ![119, 120, 121].contains(w[end - 1])
    }

    private static func ends(_ w: [UInt8], _ s: String) -> Bool {
        var s = s
        return s.withUTF8 { suffix in
            guard w.count >= suffix.count else { return false }
            let offset = w.count - suffix.count
            for i in 0..<suffix.count where w[offset + i] != suffix[i] { return false }
            return true
        }
    }

    private static func replace(_ w: inout [UInt8], _ suffix: String, _ with: String, minMeasure: Int) -> Bool {
        guard ends(w, suffix) else { return false }
        let stemEnd = w.count - suffix.utf8.count
        if measure(w, stemEnd) > minMeasure {
            w.removeLast(suffix.utf8.count)
            w.append(contentsOf: with.utf8)
        }
        return true
    }

    private static func step1a(_ w: inout [UInt8]) {
        if ends(w, "sses") { w.removeLast(2) } else if ends(w, "ies") { w.removeLast(2) }
        else if ends(w, "ss") {} else if ends(w, "s") { w.removeLast() }
    }

    private static func step1b(_ w: inout [UInt8]) {
        if ends(w, "eed") {
            if measure(w, w.count - 3) > 0 { w.removeLast() }
            return
        }
        var cut = 0
        if ends(w, "ed"), hasVowel(w, w.count - 2) { cut = 2 } else if ends(w, "ing"), hasVowel(w, w.count - 3) { cut = 3 }
        guard cut > 0 else { return }
        w.removeLast(cut)
        if ends(w, "at") || ends(w, "bl") || ends(w, "iz") { w.append(101) }
        else if endsDoubleConsonant(w, w.count), ![108, 115, 122].contains(w.last!) { w.removeLast() }
        else if measure(w, w.count) == 1, endsCVC(w, w.count) { w.append(101) }
    }

    private static func step1c(_ w: inout [UInt8]) {
        if ends(w, "y"), hasVowel(w, w.count - 1) { w[w.count - 1] = 105 }
    }

    private static let step2Rules: [(String, String)] = [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ]

    private static func step2(_ w: inout [UInt8]) {
        for (s, r) in step2Rules where replace(&w, s, r, minMeasure: 0) { return }
    }

    private static let step3Rules: [(String, String)] = [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ]

    private static func step3(_ w: inout [UInt8]) {
        for (s, r) in step3Rules where replace(&w, s, r, minMeasure: 0) { return }
    }

    private static let step4Suffixes = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment",
                                        "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"].sorted { $0.count > $1.count }

    private static func step4(_ w: inout [UInt8]) {
        for s in step4Suffixes where ends(w, s) {
            let stemEnd = w.count - s.utf8.count
            if s == "ion" {
                guard stemEnd > 0, w[stemEnd - 1] == 115 || w[stemEnd - 1] == 116 else { return }
            }
            if measure(w, stemEnd) > 1 { w.removeLast(s.utf8.count) }
            return
        }
    }

    private static func step5(_ w: inout [UInt8]) {
        if ends(w, "e") {
            let m = measure(w, w.count - 1)
            if m > 1 || (m == 1 && !endsCVC(w, w.count - 1)) { w.removeLast() }
        }
        if measure(w, w.count) > 1, endsDoubleConsonant(w, w.count), w.last == 108 { w.removeLast() }
    }
}

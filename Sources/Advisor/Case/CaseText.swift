/// A described case as words, with numbers written in words read as numbers
/// ("two" → 2, "third" → 3rd) and sentence breaks kept, so that a reading never
/// joins the end of one sentence to the start of the next.
struct CaseText {
    /// Lower-case words of each sentence (see `Analyzer.words`).
    let sentences: [[String]]

    static let cardinals: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "single": 1, "couple": 2,
    ]
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
        "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
        "bottom": 1, "lowest": 1, "top": 5, "highest": 5, "last": 5,
    ]

    init(_ text: String) {
        var sentences: [[String]] = []
        var current = ""
        // Split on sentence ends; a dot between digits ("2.5") does not end a sentence.
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            let isEnd = ch == "?" || ch == "!" || ch == ";" || ch == "\n"
                || (ch == "." && !(i > 0 && chars[i - 1].isNumber && i + 1 < chars.count && chars[i + 1].isNumber))
            if isEnd {
                let w = CaseText.joiningCompoundNumbers(CaseText.joiningNoOne(Analyzer.words(current)))
                if !w.isEmpty { sentences.append(w) }
                current = ""
            } else {
                current.append(ch)
            }
        }
        let w = CaseText.joiningCompoundNumbers(CaseText.joiningNoOne(Analyzer.words(current)))
        if !w.isEmpty { sentences.append(w) }
        self.sentences = sentences
    }

    /// "no one" and "no-one" as the one word "noone", a negation like
    /// "nobody" ("No-one has actually sat down with her"), but not "no one
    /// point" (a number of points).
    static func joiningNoOne(_ words: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < words.count {
            if words[i] == "no-one" { out.append("noone"); i += 1; continue }
            if words[i] == "no", words[safe: i + 1] == "one", !["point", "points", "of", "off"].contains(words[safe: i + 2]) {
                out.append("noone"); i += 2; continue
            }
            out.append(words[i]); i += 1
        }
        return out
    }

    /// "twenty-two" (read as "twenty", "two") as the one word "22", so a
    /// range "eighteen to twenty-two" reads as spine points 18 to 22.
    static func joiningCompoundNumbers(_ words: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < words.count {
            // ("twenty single" is not a number: only the number words join.)
            if let tens = cardinals[words[i]], [20, 30, 40, 50].contains(tens),
               let unit = cardinals[words[safe: i + 1]], (1...9).contains(unit), !["single", "couple"].contains(words[i + 1]) {
                out.append(String(tens + unit)); i += 2; continue
            }
            out.append(words[i]); i += 1
        }
        return out
    }

    /// A word as a number: digits or a number word ("two", "twenty").
    static func number(_ word: String) -> Int? {
        if let n = Int(word) { return n }
        return cardinals[word]
    }

    /// A word as an ordinal: "third", "3rd"; "top" and "bottom" as the ends of a five-point range.
    static func ordinal(_ word: String) -> Int? { ordinals[word] }

    /// Words that show a text is about one person's case ("our AST", "she", "my range")
    /// rather than a general question ("can an AST...").
    static let personal: Set<String> = ["she", "he", "her", "his", "him", "hers", "our", "my", "we", "us", "i", "im", "ive",
                                        "hes", "shes", "weve", "were", "mine"]

    /// True when the text speaks of a particular AST.
    var isPersonal: Bool { sentences.contains { $0.contains(where: CaseText.personal.contains) } }

}

extension Array where Element == String {
    /// The word at `i`, or "" outside the array.
    subscript(safe i: Int) -> String { i >= 0 && i < count ? self[i] : "" }
}

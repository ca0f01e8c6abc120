/// Reads a pay "what if" out of everyday words: "what if she goes up two points
/// from point 3", "on point 12 of range 10-14, award 3". Returns nil unless the
/// question names the AST's current point (without it there is nothing to compute).
enum PayQuestionParser {
    static let numberWords = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "an": 1,
                              "another": 1, "single": 1, "double": 2]

    static func parse(_ question: String) -> PayScenario? {
        let w = Analyzer.words(question)
        func number(_ s: String) -> Int? { Int(s) ?? numberWords[s] }
        var current: Int?, award: Int?, rangeStart: Int?, rangeEnd: Int?
        var i = 0
        while i < w.count {
            let word = w[i]
            let next = i + 1 < w.count ? w[i + 1] : ""
            let after = i + 2 < w.count ? w[i + 2] : ""
            // "point 3", "spine point 3" preceded by from/on/at/currently
            if (word == "point" || word == "pt"), let n = Int(next), current == nil {
                let before = i > 0 ? w[i - 1] : ""
                let before2 = i > 1 ? w[i - 2] : ""
                if ["from", "on", "at", "currently", "spine", "pay", "is"].contains(before) || ["from", "on", "at"].contains(before2) {
                    current = n
                    i += 2
                    continue
                }
            }
            // "range 8-12", "range 8 to 12", "range starts at 8", "range from 8"
            if word == "range" {
                var j = i + 1
                while j < w.count, ["starts", "start", "starting", "begins", "at", "from", "of", "is", "point", "points"].contains(w[j]) { j += 1 }
                if j < w.count, let a = Int(w[j]) {
                    rangeStart = a
                    if j + 2 < w.count, ["to", "through"].contains(w[j + 1]), let b = Int(w[j + 2]) { rangeEnd = b }
                    else if j + 1 < w.count, let b = Int(w[j + 1]) { rangeEnd = b }  // "8-12" splits into 8, 12
                    i = j + 1
                    continue
                }
            }
            // "two points", "3 more points", "up 2"
            if let n = number(word), award == nil {
                if next == "points" || next == "point" || next == "increments" || next == "increment"
                    || (["more", "extra", "performance", "spine", "pay"].contains(next) && (after.hasPrefix("point") || after.hasPrefix("increment"))) {
                    if !(i > 0 && (w[i - 1] == "point" || w[i - 1] == "range")) { award = n }
                } else if i > 0, w[i - 1] == "up" || w[i - 1] == "by" || w[i - 1] == "award" || w[i - 1] == "give" {
                    if Int(word) != nil || numberWords[word] != nil { award = n }
                }
            }
            i += 1
        }
        guard let current else { return nil }
        var s = PayScenario(rangeStart: rangeStart, currentPoint: current, award: award ?? 1)
        if let rangeStart, let rangeEnd, rangeEnd < rangeStart { s.rangeStart = rangeEnd }
        let text = " " + w.joined(separator: " ") + " "
        s.firstYearEnding = text.contains(" first year ")
        s.responsibilitiesGrown = text.contains(" responsibilit")
        s.objectivesMissed = text.contains(" missed ") || text.contains(" not met ")
        return s
    }
}

/// Reads a pay "what if" out of everyday words: "what if she goes up two points
/// from point 3", "on point 12 of range 10 to 14, award 3", "from point 7 to
/// point 9", "at point 22 in the 18-22 range". Returns nil unless the question
/// names the AST's current point (without it there is nothing to compute).
enum PayQuestionParser {
    static let numberWords = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "an": 1,
                              "another": 1, "single": 1, "double": 2]

    static func parse(_ question: String) -> PayScenario? {
        let w = Analyzer.words(question)
        let text = " " + w.joined(separator: " ") + " "
        let aboutPoints = ["point", "points", "increment", "increments", "spine", "scale"].contains { text.contains(" \($0) ") }
        guard aboutPoints else { return nil }
        // Spine points are small numbers: a year ("from 2004") is not a point.
        func int(_ i: Int) -> Int? { i >= 0 && i < w.count ? Int(w[i]).flatMap { (1...60).contains($0) ? $0 : nil } : nil }
        func word(_ i: Int) -> String { i >= 0 && i < w.count ? w[i] : "" }

        var current: Int?, target: Int?, award: Int?, rangeStart: Int?, rangeEnd: Int?
        for i in w.indices {
            // Current point: "(from|on|at|currently) [spine|pay] point N", or "from N".
            if current == nil, ["point", "pt"].contains(w[i]), let n = int(i + 1) {
                let before = [word(i - 1), word(i - 2)]
                if before.contains(where: { ["from", "on", "at", "currently", "is", "spine", "pay", "scale"].contains($0) }) {
                    current = n
                    continue
                }
            }
            if current == nil, w[i] == "from", let n = int(i + 1), word(i + 2) != "point" { current = n }
            // Target point: "to point N" or "to N" once the current point is known.
            if let c = current, target == nil, w[i] == "to", word(i - 1) != "range" {
                if let n = int(i + 1), n > c, int(i - 1) == c || word(i - 2) == "point" { target = n }
                else if word(i + 1) == "point", let n = int(i + 2), n > c { target = n }
            }
            // Range: "range 8-12", "range of 8 to 12", "range starts at 8", "the 18-22 range".
            if w[i] == "range" {
                var j = i + 1
                while ["starts", "start", "starting", "begins", "at", "from", "of", "is", "point", "points"].contains(word(j)) { j += 1 }
                if let a = int(j) {
                    rangeStart = a
                    rangeEnd = ["to", "through"].contains(word(j + 1)) ? int(j + 2) : int(j + 1)
                } else if let b = int(i - 1) {
                    if let a = int(i - 2) { rangeStart = a; rangeEnd = b }
                    else if ["to", "through"].contains(word(i - 2)), let a = int(i - 3) { rangeStart = a; rangeEnd = b }
                }
            }
            // Award: "two points", "3 more points", "up 2", "award 3".
            if award == nil, let n = Int(w[i]) ?? numberWords[w[i]] {
                let next = word(i + 1), after = word(i + 2)
                let namesPoints = ["points", "point", "increments", "increment"].contains(next)
                    || (["more", "extra", "performance", "spine", "pay"].contains(next) && (after.hasPrefix("point") || after.hasPrefix("increment")))
                if namesPoints, !["point", "range", "pt"].contains(word(i - 1)) { award = n }
                else if ["up", "by", "award", "give"].contains(word(i - 1)), Int(w[i]) != nil || numberWords[w[i]] != nil {
                    if next != "from", !(next == "point" && int(i + 2) != nil) { award = n }
                }
            }
        }
        guard let current else { return nil }
        // A point on its own ("how much is spine point 12 in pounds") asks about
        // the point, not about a move: without an award, a target, a range or a
        // word of moving there is no scenario to work out.
        let moves = ["up", "move", "moves", "moving", "progress", "progression", "award", "awarded", "give", "given",
                     "get", "gets", "jump", "jumps", "rise", "increase", "advance", "next", "if"]
        guard award != nil || target != nil || rangeStart != nil || w.contains(where: moves.contains) else { return nil }
        var s = PayScenario(rangeStart: rangeStart, currentPoint: current, award: target.map { $0 - current } ?? award ?? 1)
        if let rangeStart, let rangeEnd, rangeEnd < rangeStart { s.rangeStart = rangeEnd }
        s.firstYearEnding = text.contains(" first year ")
        s.responsibilitiesGrown = text.contains(" responsibilit")
        s.objectivesMissed = text.contains(" missed ") || text.contains(" not met ")
        return s
    }
}

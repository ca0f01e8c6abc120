/// Reads the numbers of a pay case: where the AST sits in the five-point range
/// ("point 2 of her five-point range", "the third point", "top of his scale",
/// "on 14, range 12 to 16"), the range's spine points, the points proposed
/// ("jump him three points", "another point", "two increments"), and time in
/// post ("eight months in post", "in post six years").
///
/// A range always has five points ("five-point range" names its size, never an
/// award). Fact ids written here: range-position, range-start, spine-point,
/// points-proposed, months-in-post, years-in-post, outreach-percent.
enum PayNumberReader {
    /// Words naming a pay range, one or several ("on the five point ranges
    /// they were given" names the ranges' size, as "five-point range" does).
    static let rangeWords: Set<String> = ["range", "ranges", "scale", "scales", "band", "bands", "spine"]
    static let pointWords: Set<String> = ["point", "points", "pt", "pts", "increment", "increments", "step", "steps"]
    static let proposing: Set<String> = [
        "give", "giving", "gives", "given", "award", "awarding", "awarded", "jump", "jumping", "move", "moving", "moved", "go", "goes", "going",
        "get", "gets", "getting", "grant", "recommend", "recommends", "recommended", "propose", "proposed", "proposes", "offer", "pay",
        "up", "by", "want", "wants", "wanted", "another", "extra", "more", "further", "rise", "raise", "add", "still",
    ]
    /// Words that put a range in the past ("her old range").
    static let formerWords: Set<String> = ["old", "previous", "former", "last"]
    /// Times after "every" or "each" that make an award a habit, not a proposal
    /// ("a point every September"); times a habit recurs at: "every year", "each September".
    static let recurringTimes: Set<String> = ["year", "years", "september", "sept", "sep", "term", "summer", "time", "cycle", "review", "autumn", "annually"]

    /// Words that date an award to an earlier year ("last September", "two years ago").
    static let pastMarkers: Set<String> = ["last", "ago", "previously", "already"]
    /// Past forms that report an award already made ("went up a point", "was given two points").
    static let pastVerbs: Set<String> = ["went", "got", "received", "gained", "had", "was", "were"]

    /// Whether the award counted at `before` (its point word ending at `after`)
    /// is one already made: dated to an earlier time by the next few words, or
    /// reported in the past tense just before it.
    static func isPastAward(_ w: [String], before i: Int, after j: Int) -> Bool {
        let following = w[min(j, w.count)..<min(w.count, j + 4)]
        if following.contains(where: pastMarkers.contains) { return true }
        let preceding = w[max(0, i - 3)..<i]
        return preceding.contains(where: pastVerbs.contains)
    }

    /// True when `w[from..<to]` describes a habit: "automatically", "always",
    /// or "every"/"each" before a time ("each September", "every single year").
    static func isHabit(_ w: [String], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        for k in from..<to {
            if w[k] == "automatically" || w[k] == "always" { return true }
            if w[k] == "every" || w[k] == "each" {
                let next = w[safe: k + 1] == "single" ? w[safe: k + 2] : w[safe: k + 1]
                if recurringTimes.contains(next) { return true }
            }
        }
        return false
    }
    /// Every AST pay range has five points (pay.1).
    static let rangeLength = 5

    static func read(_ text: CaseText, into facts: inout CaseFacts) {
        let named = text.sentences.flatMap(ranges(in:))
        if let first = named.first { facts["range-start"] = .number(first) }
        for s in text.sentences { readPosition(s, into: &facts) }
        // "he was on 17 on a range of 14 to 18 and now he's on 19, the first
        // point of 19 to 23": of several ranges, the one the AST's point is on.
        if let point = facts.number("spine-point"),
           let holding = named.first(where: { ($0..<($0 + rangeLength)).contains(point) }) {
            facts["range-start"] = .number(holding)
        }
        for s in text.sentences { readAward(s, into: &facts) }
        for s in text.sentences { readTime(s, into: &facts) }
        // Days of outreach are a share of a full-time week; for a part-time
        // contract ("0.6", "three days a week") the guide gives no base, so
        // no share is worked out from days.
        for s in text.sentences { readOutreachShare(s, into: &facts) }
        if !PayNumberReader.partTime(text) {
            for s in text.sentences { readOutreachDays(s, into: &facts) }
        }
        // "from point 7 to point 9": the award is the difference.
        if facts["points-proposed"] == nil, let from = facts.number("spine-point") {
            for s in text.sentences {
                for i in s.indices where s[i] == "to" && ["point", "pt"].contains(s[safe: i + 1]) {
                    if let to = Int(s[safe: i + 2]), to > from { facts["points-proposed"] = .number(to - from) }
                }
            }
        }
        // "from the first point of her scale to the fourth in one go": the
        // award is the distance between two places in the range.
        if facts["points-proposed"] == nil, let from = facts.number("range-position"), facts["spine-point"] == nil {
            for s in text.sentences {
                for i in s.indices where s[i] == "to" && s[0..<i].contains("from") {
                    let k = s[safe: i + 1] == "the" ? i + 2 : i + 1
                    guard let to = CaseText.ordinal(s[k]), (2...rangeLength).contains(to), to > from,
                          !["top", "highest", "last", "bottom", "lowest"].contains(s[k]),
                          !isPastAward(s, before: i, after: k + 1), !CueMatcher.hypothetical(at: i, in: s) else { continue }
                    facts["points-proposed"] = .number(to - from)
                }
            }
        }
        // A spine point inside a known range gives the place in the range; the
        // arithmetic wins over words such as "at the top where she belongs".
        if let start = facts.number("range-start"), let point = facts.number("spine-point"),
           (start..<(start + rangeLength)).contains(point) {
            facts["range-position"] = .number(point - start + 1)
        }
        // A place in a known range gives the spine point.
        if facts["spine-point"] == nil, let start = facts.number("range-start"), let place = facts.number("range-position") {
            facts["spine-point"] = .number(start + place - 1)
        }
    }

    /// "range 12 to 16", "12-16 range", "spine points 12 to 16", "range starts at 8":
    /// the first spine point of every range the sentence names, in order.
    static func ranges(in w: [String]) -> [Int] {
        var starts: [Int] = []
        // "the first point of 19 to 23" names a range as much as "spine points 19 to 23".
        for i in w.indices where rangeWords.contains(w[i]) || (pointWords.contains(w[i]) && (w[safe: i - 1] == "spine" || w[safe: i + 1] == "of")) {
            var j = i + 1
            while ["starts", "start", "starting", "begins", "at", "from", "of", "is", "point", "points", "runs"].contains(w[safe: j]) { j += 1 }
            // In digits or words ("spine points nine to thirteen").
            if let a = CaseText.number(w[safe: j]), a >= 1, a <= 60, rangeWords.contains(w[i]) || pointWords.contains(w[i]) {
                let b = ["to", "through", "and"].contains(w[safe: j + 1]) ? CaseText.number(w[safe: j + 2]) : Int(w[safe: j + 1])
                if let b, b == a + rangeLength - 1 || b == a - rangeLength + 1 { starts.append(min(a, b)); continue }
                if b == nil, ["starts", "start", "starting", "begins"].contains(w[safe: i + 1]) { starts.append(a); continue }
            }
            // "the 18-22 range", "a 12 to 16 range"
            if let b = Int(w[safe: i - 1]) {
                let a = Int(w[safe: i - 2]) ?? (["to", "through"].contains(w[safe: i - 2]) ? CaseText.number(w[safe: i - 3]) : nil)
                if let a, abs(b - a) == rangeLength - 1 { starts.append(min(a, b)) }
            }
        }
        // "Gareth is on 24 to 28": five spine points on from "on" are a range.
        for i in w.indices where w[i] == "on" {
            if let a = Int(w[safe: i + 1]), w[safe: i + 2] == "to", let b = Int(w[safe: i + 3]), b == a + rangeLength - 1, a >= 1, b <= 60 {
                starts.append(a)
            }
        }
        return starts.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    /// The AST's place: the point within the range, or the spine point.
    static func readPosition(_ w: [String], into facts: inout CaseFacts) {
        for i in w.indices {
            let word = w[i]
            // "top of her range", "top point of the scale", "at the top", "maxed out"
            if word == "top" || word == "bottom", let place = placeCountedFromEnd(w, at: i), (1...rangeLength).contains(place),
               !CueMatcher.hypothetical(at: i, in: w) {
                facts.setIfUnknown("range-position", .number(place))
                continue
            }
            if word == "penultimate", pointWords.contains(w[safe: i + 1]) || rangeWords.contains(w[safe: i + 1]) || w[safe: i + 1] == "step",
               !CueMatcher.hypothetical(at: i, in: w) {
                facts.setIfUnknown("range-position", .number(rangeLength - 1))
                continue
            }
            if word == "top" || word == "bottom" {
                let before = w[safe: i - 1] == "the" ? w[safe: i - 2] : w[safe: i - 1]
                let towards = ["to", "towards", "toward", "reaches", "reach", "reaching"].contains(before)
                let after = w[safe: i + 1], after2 = w[safe: i + 2], after3 = w[safe: i + 3], after4 = w[safe: i + 4]
                // "the top point of her old range" is where she was, not where she is.
                let namesRange = ["of", "point", "end"].contains(after)
                    && [after2, after3, after4].contains(where: { rangeWords.contains($0) || $0 == "point" })
                    && ![after2, after3, after4].contains(where: formerWords.contains)
                // "outreach on top", "on top of her job": in addition, not the range's top.
                let idiom = w[safe: i - 1] == "on"
                let onIt = ["at", "on", "sitting", "sits", "reached", "hit", "already", "been", "is", "was", "now", "currently"].contains(before)
                    && (after != "of" || namesRange) && !idiom
                // "moved her to the bottom of a new range": where a range move put her.
                let movedOntoNew = word == "bottom" && towards && after == "of" && [after2, after3].contains(where: ["new", "higher", "next", "upper"].contains)
                if movedOntoNew || (namesRange || onIt) && !(towards && before != "reached") && !CueMatcher.speculative(before: i, in: w) {
                    facts.setIfUnknown("range-position", .number(word == "top" ? rangeLength : 1))
                    continue
                }
            }
            if word == "maxed" || (word == "max" && w[safe: i + 1] == "out"), !CueMatcher.speculative(before: i, in: w) {
                facts.setIfUnknown("range-position", .number(rangeLength))
            }
            // "the third point", "2nd point of the range"
            // ("4th year, point 3 of 5": a number after the word is the place, and an
            // ordinal two words back counts only through a word that describes the point.)
            if pointWords.contains(word), word.hasPrefix("p"), CaseText.number(w[safe: i + 1]) == nil,
               let n = CaseText.ordinal(w[safe: i - 1]) ?? CaseText.ordinal(w[safe: i - 2]).flatMap({ pointDescribers.contains(w[safe: i - 1]) ? $0 : nil }),
               (1...rangeLength).contains(n), !["top", "last", "highest", "bottom", "lowest"].contains(w[safe: i - 1]) || w[safe: i - 2] != "to" {
                if !["to", "towards"].contains(w[safe: i - 2]) && !["to", "towards"].contains(w[safe: i - 3]),
                   !w[(i + 1)..<min(w.count, i + 5)].contains(where: formerWords.contains) {
                    facts.setIfUnknown("range-position", .number(n))
                    continue
                }
            }
            // "point 2 of her five-point range", "point 2 of 5", "point 2 out of five", "pt 2 on her range"
            if ["point", "pt"].contains(word), let n = CaseText.number(w[safe: i + 1]) {
                var j = i + 2
                if w[safe: j] == "out" { j += 1 }
                // "from pt 2 to pt 3 on her range": the place, and a one-point award.
                if w[safe: j] == "to", ["point", "pt"].contains(w[safe: j + 1]), let m = CaseText.number(w[safe: j + 2]), m > n, m <= rangeLength,
                   ["of", "on", "in"].contains(w[safe: j + 3]), w[(j + 4)..<min(w.count, j + 7)].contains(where: rangeWords.contains) {
                    facts.setIfUnknown("range-position", .number(n))
                    facts.setIfUnknown("points-proposed", .number(m - n))
                    continue
                }
                if ["on", "in"].contains(w[safe: j]), (1...rangeLength).contains(n),
                   w[(j + 1)..<min(w.count, j + 4)].contains(where: rangeWords.contains),
                   !w[(j + 1)..<min(w.count, j + 4)].contains(where: formerWords.contains) {
                    facts.setIfUnknown("range-position", .number(n))
                    continue
                }
                if w[safe: j] == "of" {
                    let rest = w[(j + 1)..<min(w.count, j + 6)]
                    // "point four of her old range" was where she was, not where she is.
                    if rest.prefix(3).contains(where: formerWords.contains) { continue }
                    if rest.contains(where: rangeWords.contains) || CaseText.number(w[safe: j + 1]) == rangeLength, (1...rangeLength).contains(n) {
                        facts.setIfUnknown("range-position", .number(n))
                        continue
                    }
                    // "Priya is on point 1 of her five-point range and Gareth is on
                    // point four of his": the range is understood, not a spine point.
                    // (Ending the sentence, "… and Gareth on point four of his." leaves the range understood too.)
                    if ["his", "her", "their"].contains(w[safe: j + 1]), (1...rangeLength).contains(n),
                       w.contains(where: rangeWords.contains) || w[safe: j + 2].isEmpty {
                        facts.setIfUnknown("range-position", .number(n))
                        continue
                    }
                }
                // "on point 14", "from point 3", "currently point 9": a spine point.
                let before = [w[safe: i - 1], w[safe: i - 2]]
                if before.contains(where: ["on", "from", "at", "currently", "is", "spine", "sits", "sitting", "now"].contains), (1...60).contains(n) {
                    facts.setIfUnknown("spine-point", .number(n))
                }
            }
            // "so he's on 14"; "sits on ten" once the range's spine points are
            // known and ten is one of them.
            let inWords = CaseText.number(w[safe: i + 1]).flatMap { n in
                facts.number("range-start").flatMap { (($0)..<($0 + rangeLength)).contains(n) ? n : nil }
            }
            // ("is on 24 to 28" names the range, not the point.)
            if word == "on", let n = Int(w[safe: i + 1]) ?? inWords, (1...60).contains(n), !pointWords.contains(w[safe: i + 2]), w[safe: i + 2] != "to",
               ["s", "he", "she", "is", "currently", "now", "hes", "shes", "", "ast", "they", "so", "sits", "sitting", "im", "am", "i"].contains(w[safe: i - 1])
                || (["been", "still", "stuck", "stayed", "remained"].contains(w[safe: i - 1]) && lengthOfStay.contains(w[safe: i + 2])) {
                facts.setIfUnknown("spine-point", .number(n))
            }
        }
    }

    /// Words after "has been on 23" that say how long the AST has sat there
    /// ("since last year", "for two years"), so the number is a spine point
    /// and not a count of something else ("has been on 3 courses").
    static let lengthOfStay: Set<String> = ["since", "for", "now", "", "all", "ever", "this", "two", "three", "a"]

    /// The place an end of the range is counted from: "second from top" (4 of
    /// a five-point range), "one point below the top" (4), "two off the top"
    /// (3), "third from the bottom" (3), "next to the top" (4); nil when the
    /// words before `top`/`bottom` at `i` count nothing.
    static func placeCountedFromEnd(_ w: [String], at i: Int) -> Int? {
        let top = w[i] == "top"
        var k = i - 1
        if w[safe: k] == "the" { k -= 1 }
        if top, w[safe: k] == "to", w[safe: k - 1] == "next" { return rangeLength - 1 }
        if w[safe: k] == "of", w[safe: k - 1] == "short" { k -= 1 }
        if w[safe: k] == "from", w[safe: k - 1] == "away" { k -= 1 }
        let prepositions: Set<String> = top ? ["from", "below", "off", "short", "under", "away", "beneath"] : ["from", "above", "off", "up"]
        guard prepositions.contains(w[safe: k]) else { return nil }
        k -= 1
        if pointWords.contains(w[safe: k]) || ["place", "places", "rung", "rungs"].contains(w[safe: k]) { k -= 1 }
        let word = w[safe: k]
        if let n = CaseText.ordinal(word), !["top", "bottom", "last", "highest", "lowest"].contains(word) {
            return top ? rangeLength - n + 1 : n  // "second from top", "second point from the top"
        }
        let count = CaseText.number(word) ?? (["a", "an", "one"].contains(word) ? 1 : nil)
        guard let count, count >= 1 else { return nil }
        return top ? rangeLength - count : 1 + count  // "one below the top", "two points off the top"
    }

    /// Words between an ordinal and "point" that describe the point ("the third pay point").
    static let pointDescribers: Set<String> = ["pay", "scale", "salary", "range", "performance"]
    /// Words for pupils' results: points after them measure results, not pay.
    static let resultWords: Set<String> = ["results", "result", "gcse", "gcses", "grades", "grade", "scores", "score", "attainment",
                                           "sats", "average", "value", "progress8", "outcomes"]

    /// Points proposed: "two points", "3 more points", "another point", "up 2", "a two-point jump".
    /// A point denied is not proposed ("I'm not getting a point", "no point this year").
    static func readAward(_ w: [String], into facts: inout CaseFacts) {
        for i in w.indices {
            let word = w[i]
            var n: Int?
            // "a double increment": two points, not one.
            if ["a", "an"].contains(word), multiples[w[safe: i + 1]] != nil { continue }
            if let k = CaseText.number(word) { n = k } else if let k = multiples[word] { n = k }
            else if ["a", "an", "another", "one", "extra", "further"].contains(word) { n = 1 }
            // No award within a five-point range can exceed five points: a bigger number is something else (a results target).
            guard let count = n, (0...rangeLength).contains(count) else { continue }
            if CueMatcher.negated(at: i, in: w), !isAwardInDoubt(w, before: i) { continue }
            // "results went up by one point": a measure of pupils' results, not pay.
            if w[max(0, i - 8)..<i].contains(where: resultWords.contains) { continue }
            // "more than one point", "up to two points": a general question, not an award;
            // nor is "rather than just another increment".
            if ["than", "to"].contains(w[safe: i - 1]) || w[safe: i - 2] == "than" { continue }
            // "three colleagues are also up for a point": other teachers' awards.
            if w[max(0, i - 6)..<i].contains(where: otherTeachers.contains) { continue }
            // "a rise of three spine points", "a jump of two points": the size of a move, not an award.
            if w[safe: i - 1] == "of", ["rise", "jump", "increase", "difference", "gap", "move", "worth"].contains(w[safe: i - 2]) { continue }
            var j = i + 1
            if word == "couple" || word == "few" { if w[safe: j] == "of" { j += 1 } }
            while ["more", "extra", "further", "performance", "spine", "pay", "additional"].contains(w[safe: j]) { j += 1 }
            if ["percentage", "percent", "per"].contains(w[safe: j]) || word.hasSuffix("%") { continue }
            // "the same number of points - one each": an award per AST.
            if w[safe: i + 1] == "each", CaseText.number(word) != nil || word == "one", w.contains(where: pointWords.contains) {
                facts.setIfUnknown("points-proposed", .number(count))
                continue
            }
            guard pointWords.contains(w[safe: j]) else {
                // "up two", "by 2" followed by nothing about points: "move her up two this year"
                let next = w[safe: i + 1]
                if ["up", "by"].contains(w[safe: i - 1]), CaseText.number(word) != nil, !rangeWords.contains(next), next != "of",
                   !next.hasPrefix("percent"), !next.hasSuffix("%"), !next.hasPrefix("per") {
                    if ["up", "by"].contains(w[safe: i - 1]), proposing.contains(w[safe: i - 2]) {
                        facts.setIfUnknown("points-proposed", .number(count))
                    }
                }
                continue
            }
            // "two points from the top", "a point below the top": where the AST sits, not an award.
            if let k = w.indices.first(where: { $0 > j && $0 <= j + 4 && ["top", "bottom"].contains(w[$0]) }),
               placeCountedFromEnd(w, at: k) != nil { continue }
            // "five-point range", "5 point pay range": the range's size, not an award.
            let next = [w[safe: j + 1], w[safe: j + 2]]
            if next.contains(where: rangeWords.contains) || next.first == "of" { continue }
            // "a band that starts four points higher than hers": a gap between ranges.
            if ["higher", "lower", "above", "below"].contains(w[safe: j + 1]), w[safe: j + 2] == "than"
                || w[max(0, i - 3)..<i].contains(where: ["starts", "start", "starting", "begins"].contains) { continue }
            if ["point", "range", "pt"].contains(w[safe: i - 1]) { continue }  // "point 3 points" is not English; "point two"
            // A word of proposing or moving nearby, or the count itself is a plural award ("two points this September").
            let window = w[max(0, i - 4)..<i]
            // "ASTs go up a point every September" describes a habit, not this AST's award.
            // ("two points each this September" is one award per AST, not a habit.)
            if isHabit(w, from: j + 1, to: min(w.count, j + 7)) { continue }
            // "she went up a point last September", "got two points a year ago":
            // an award already made is history, not this year's proposal.
            if isPastAward(w, before: i, after: j + 1) { continue }
            let plural = w[safe: j].hasSuffix("s") && count >= 2
            if plural || window.contains(where: proposing.contains) || word == "another" || multiples[word] != nil {
                facts.setIfUnknown("points-proposed", .number(count))
            }
        }
    }

    /// "we can't give Aisha two points", "they won't award him three": the
    /// award is proposed and someone says it cannot be made, unlike "no point
    /// this year" or "I'm not getting a point", where none is proposed.
    static func isAwardInDoubt(_ w: [String], before i: Int) -> Bool {
        (max(0, i - 3)..<i).contains { k in
            ["cant", "cannot", "wont", "couldnt", "shouldnt"].contains(w[k]) && ["give", "award", "pay", "afford", "offer", "fund"].contains(w[safe: k + 1])
        }
    }

    /// Words that make an award a multiple: "a double increment".
    static let multiples: [String: Int] = ["double": 2, "triple": 3]

    /// Words for teachers other than the AST, whose awards are not the AST's.
    static let otherTeachers: Set<String> = ["colleagues", "colleague", "others", "staff"]

    /// Words that show a sentence tells of someone other than the AST.
    static let othersWords: Set<String> = ["friend", "friends", "colleague", "colleagues", "mate", "mates"]

    /// The share of time on outreach: "60% outreach", "10 per cent outreach",
    /// "outreach is about 30% of her week", "more like 60% outreach than 20".
    static func readOutreachShare(_ w: [String], into facts: inout CaseFacts) {
        // "a friend who's an AST in another county only does 10%": someone else's share.
        if w.contains(where: othersWords.contains) || w.indices.contains(where: { w[$0] == "another" && ["county", "lea", "ast", "school", "authority"].contains(w[safe: $0 + 1]) }) { return }
        for i in w.indices {
            var n: Int?
            if w[i].hasSuffix("%"), let k = Int(w[i].dropLast()) { n = k }
            else if let k = CaseText.number(w[i]), ["per", "percent"].contains(w[safe: i + 1]) { n = k }
            guard let share = n, (0...100).contains(share) else { continue }
            let near = w[max(0, i - 5)..<min(w.count, i + 5)]
            // "10 percentage points" of results is not a share of time.
            if near.contains(where: { $0.hasPrefix("percentage") || $0 == "results" || $0 == "gcse" || $0 == "pass" }) { continue }
            // "(so about 10%)" after "off timetable for AST stuff": the share given to AST work.
            let nearby = Array(w[max(0, i - 8)..<min(w.count, i + 5)])
            if near.contains(where: { $0.hasPrefix("outreach") }) || nearby.indices.contains(where: { isASTWork(nearby, at: $0) }) {
                facts.setIfUnknown("outreach-percent", .number(share)); return
            }
        }
    }

    /// The share of time on outreach given in days: "one day a week at other
    /// schools" (20%), "a day a fortnight of outreach" (10%), "half a day a
    /// week out in primaries", "half a day a week for AST work" or "off site
    /// for LEA work" (10%), "in at a junior school three days a fortnight"
    /// (30%), counting five
    /// working days a week.
    static func readOutreachDays(_ w: [String], into facts: inout CaseFacts) {
        let halfDays: Set<String> = ["afternoon", "afternoons", "morning", "mornings"]
        for i in w.indices where w[i] == "day" || w[i] == "days" || halfDays.contains(w[i]) {
            var days: Double?
            // "two full days a week": the size word is read past.
            let k = ["full", "whole"].contains(w[safe: i - 1]) ? i - 1 : i
            if let n = CaseText.number(w[safe: k - 1]) { days = Double(n) }
            else if w[safe: k - 1] == "a" { days = w[safe: k - 2] == "half" ? 0.5 : 1 }
            else if w[safe: k - 1] == "half" { days = 0.5 }
            // "one afternoon a week": half a day.
            if halfDays.contains(w[i]), let d = days { days = d / 2 }
            guard let d = days, ["a", "per", "each", "every"].contains(w[safe: i + 1]) else { continue }
            let workingDays: Double
            switch w[safe: i + 2] {
            case "week": workingDays = 5
            case "fortnight": workingDays = 10
            case "month": workingDays = 20
            default: continue
            }
            let near = Array(w[max(0, i - 8)..<min(w.count, i + 10)])
            let away = near.indices.contains { k in
                near[k].hasPrefix("outreach")
                    || (["other", "another", "partner", "receiving", "local"].contains(near[k]) && ["school", "schools", "primary", "primaries", "secondary", "secondaries"].contains(near[safe: k + 1]))
                    || (near[k] == "out" && ["at", "in", "to"].contains(near[safe: k + 1]))
                    || (near[k] == "off" && ["site", "sites"].contains(near[safe: k + 1])) || near[k] == "offsite"
                    || isASTWork(near, at: k) || (near[k] == "off" && near[safe: k + 1] == "timetable")
                    || (near[k] == "in" && near[safe: k + 1] == "at") || near[k].hasPrefix("placement")
            }
            guard away, d <= workingDays else { continue }
            facts.setIfUnknown("outreach-percent", .number(Int((d / workingDays * 100).rounded())))
            return
        }
    }

    /// True when `w[k]` starts "AST work", "LEA duties", "AST stuff" or the like.
    static func isASTWork(_ w: [String], at k: Int) -> Bool {
        ["lea", "ast"].contains(w[k]) && ["work", "duties", "time", "stuff", "role"].contains(w[safe: k + 1])
    }

    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                      "october", "november", "december", "easter", "christmas", "half", "term"]

    /// True when the text speaks of a part-time post ("0.6", "part-time",
    /// "job share", "works three days a week").
    static func partTime(_ text: CaseText) -> Bool {
        text.sentences.contains { w in
            w.indices.contains { i in
                ["part", "parttime"].contains(w[i]) && (w[i] == "parttime" || w[safe: i + 1] == "time")
                    || (w[i] == "0" && ["4", "5", "6", "7", "8", "9"].contains(w[safe: i + 1]))
                    || (w[i] == "job" && w[safe: i + 1] == "share")
                    || (["works", "work", "contracted"].contains(w[i]) && CaseText.number(w[safe: i + 1]) != nil && w[safe: i + 2].hasPrefix("day"))
            }
        }
    }

    /// Time in post: "eight months in post", "in post for 6 years", "her third year", "four years in".
    static func readTime(_ w: [String], into facts: inout CaseFacts) {
        let inPost: Set<String> = ["post", "role", "job", "grade"]
        // "for maybe two years", "another two years": a span planned or
        // imagined, not time already served.
        let hedges: Set<String> = ["maybe", "perhaps", "possibly", "another", "next", "extra", "further", "more", "say"]
        for i in w.indices {
            guard let n = CaseText.number(w[i]) else { continue }
            if hedges.contains(w[safe: i - 1]) || (w[safe: i - 1] == "a" && hedges.contains(w[safe: i - 2])) { continue }
            // "come back in two or three years", "within a year": time to come, not served.
            let lead = ["or", "to"].contains(w[safe: i - 1]) && CaseText.number(w[safe: i - 2]) != nil ? w[safe: i - 3] : w[safe: i - 1]
            if ["in", "within"].contains(lead) { continue }
            // "reassessed again after five years", "every five years": a rule's
            // span, not time served.
            if ["every", "each"].contains(lead) || (lead == "after" && ["again", "then", "until", "till", "only"].contains(w[safe: i - 2])) { continue }
            let unit = w[safe: i + 1]
            let isMonths = unit.hasPrefix("month"), isYears = unit.hasPrefix("year")
            guard isMonths || isYears else { continue }
            // "after three years out", "two years away from the role": time out of post, not in it.
            if ["out", "away", "off", "break", "gap", "absence", "abroad", "outside"].contains(w[safe: i + 2]) { continue }
            let around = w[max(0, i - 6)..<min(w.count, i + 6)]
            let aboutPost = around.contains(where: inPost.contains) || around.contains("appointed") || around.contains("here")
                || (around.contains("been") && around.contains("there"))
                || around.contains("started") || around.contains("us") || (w[safe: i + 2] == "in" && ["", "she", "he", "i", "they", "and", "now", "so"].contains(w[safe: i + 3]))
                || (w[safe: i + 2] == "as" && ["an", "a"].contains(w[safe: i + 3]) && (w[safe: i + 4].hasPrefix("ast") || w[safe: i + 4] == "advanced"))
                || (w[safe: i - 1] == "for" && w[max(0, i - 8)..<i].contains("been"))
            let joined = ["appointed", "started", "took", "joined", "became"]
            guard aboutPost, !around.contains("ago") || around.contains(where: joined.contains) else { continue }
            // "just under two years", "nearly 18 months": not yet that long.
            let short = ["under", "nearly", "almost"].contains(w[safe: i - 1]) ? 1 : 0
            if isMonths { facts.setIfUnknown("months-in-post", .number(n - short)) } else { facts.setIfUnknown("years-in-post", .number(n - short)) }
        }
        // "her third year", "in my second year as an AST"
        for i in w.indices where w[i] == "year" || w[i] == "years" {
            if let n = CaseText.ordinal(w[safe: i - 1]), (2...10).contains(n), !["top", "last", "bottom", "highest", "lowest"].contains(w[safe: i - 1]),
               ["my", "her", "his", "their", "the", "in"].contains(w[safe: i - 2]),
               // "the best results for the third year running": a streak, not time in post.
               !["running", "in"].contains(w[safe: i + 1]) {
                // In the third year: two full years behind, about half of the third.
                facts.setIfUnknown("years-in-post", .number(n - 1))
            }
        }
    }
}

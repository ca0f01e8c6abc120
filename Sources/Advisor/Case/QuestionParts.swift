import Foundation

/// The parts of a described case that ask something, each on its own, so that
/// a case with two questions ("Can he do that? And what happens after?") has
/// each one looked up, not only the one whose words dominate the whole text.
///
/// Two questions in one sentence are parted too, where a clause opens with a
/// question word after a comma, colon, semicolon, dash, slash, "and" or "or"
/// ("would she need reassessing, and what happens to her contract?").
enum QuestionParts {
    /// Words that open a question even when the question mark is left off
    /// ("when", "has", "was" open statements as often as questions, so they are not here).
    static let openers: Set<String> = [
        "can", "could", "should", "would", "will", "do", "does", "did", "is", "are", "am",
        "what", "how", "who", "whose", "which", "why", "must", "may", "whether",
    ]

    /// The question sentences (or clauses) of `text` with enough words of their
    /// own to be looked up (at least `minimumWords` analysed words): "Can he do
    /// that?" is too thin to find anything by itself and is left to the whole text.
    static func of(_ text: String, minimumWords: Int = 5) -> [String] {
        var parts: [String] = []
        for sentence in sentences(text) {
            keep(sentence, endsWithQuestionMark: sentence.last == "?", minimumWords: minimumWords, into: &parts)
        }
        return parts
    }

    /// The questions of `text`, one per sentence that asks something (a
    /// question mark, a clause opening with a question word, or a reported
    /// question), so a message asking two things ("Can I go straight to
    /// capability? And should I stop her outreach?") has each judged on its
    /// own. A question that points back ("Head wants to pull all her
    /// outreach. Is that the right call?") comes with the sentence before it.
    /// Empty when no sentence asks: the question is implied by the whole. (A
    /// question that names nothing, "Thoughts?", is about the whole case:
    /// `Advisor.askedFacts` reads it so.)
    static func askingParts(_ text: String) -> [String] {
        askingQuestions(text).map { $0.lead + $0.question }
    }

    /// As `askingParts`, with each question apart from the sentence it points
    /// back at (`lead`, empty when it points at none): what the question
    /// itself names decides first what it asks about.
    static func askingQuestions(_ text: String) -> [(question: String, lead: String)] {
        let all = sentences(text)
        var parts: [(question: String, lead: String)] = []
        for (i, sentence) in all.enumerated() {
            let words = Analyzer.words(sentence)
            let allClauses = questionClauses(sentence)
            guard !words.isEmpty, sentence.contains("?") || asksIndirectly(words) || !allClauses.isEmpty else { continue }
            // "Another governor says (a) ... and (b) .... Which of us is
            // right?", "My line manager says ... . I think ... . Who's right,
            // and ...?": a short check of claims made just before asks about
            // each claim (then about whatever else the sentence asks).
            let checkWords = Analyzer.words(allClauses.first ?? sentence)
            if i > 0, checkWords.count <= 10, checkWords.contains(where: checking.contains) {
                let claims = claimsBefore(i, in: all)
                if !claims.isEmpty {
                    parts += claims.map { ($0, "") }
                    parts += allClauses.dropFirst().filter { Analyzer.words($0).count >= 3 }.map { ($0, "") }
                    continue
                }
            }
            // "Is that the right call?" is read with the sentence it points back at.
            // "What are our options?" asks what to do about the latest turn,
            // the sentence just before.
            let pointing = words.prefix(4).contains(where: pointsBack.contains)
                || (words.count <= 10 && words.contains(where: judgingClaims.contains))
                || (words.count <= 6 && words.contains(where: askingForOptions.contains))
            let lead = pointing && i > 0 ? all[i - 1] + " " : ""
            // Two questions in one sentence ("which pot pays for the step up,
            // and what about her increments after that?") are two questions.
            let clauses = allClauses.filter { Analyzer.words($0).count >= 3 }
            if clauses.count >= 2 {
                parts.append((clauses[0], lead))
                parts += clauses.dropFirst().map { ($0, "") }
            } else {
                parts.append((sentence, lead))
            }
        }
        // No sentence asks, but the last states what someone means to do
        // ("Thinking of just letting him make materials full time.", "The
        // school says money is tight, so it plans to pay for the jump from
        // the performance pay grant."): that plan is what the message wants judged.
        if parts.isEmpty, let last = all.last(where: { !Analyzer.words($0).isEmpty }),
           Analyzer.words(last).contains(where: intending.contains) {
            return [(last, "")]
        }
        return parts
    }

    /// The claims a check question asks about: the items of a list in the
    /// sentence before it, else the sentences (up to three back) that report
    /// what someone says or thinks; empty when there are none.
    static func claimsBefore(_ i: Int, in all: [String]) -> [String] {
        let listed = listedItems(all[i - 1])
        if listed.count >= 2 { return listed }
        return all[max(0, i - 3)..<i].filter { Analyzer.words($0).contains(where: reporting.contains) }
    }

    /// Words that report a claim ("my line manager says...", "I think...").
    static let reporting: Set<String> = ["says", "said", "saying", "thinks", "think", "reckons", "insists", "claims", "told",
                                         "tells", "argues", "believes", "adamant", "convinced", "view", "reads", "states", "clause"]

    /// Words of a question that checks what was said before ("Which of us is
    /// right?", "Is that correct?").
    static let checking: Set<String> = judgingClaims.union(["alright", "ok", "okay", "acceptable", "allowed", "compliant", "consistent"])

    /// Words of a check that judges what someone said ("Is he right?", "Is
    /// that fair?"): with no claim reported, it points at the sentence before.
    /// ("ok to go ahead?" judges the plan, the whole case.)
    static let judgingClaims: Set<String> = ["right", "correct", "true", "wrong", "accurate", "fair"]

    /// True for a short question (at most ten words) that judges what was
    /// said before it ("Is the deputy being fair?", "Who's right?").
    static func isClaimCheck(_ question: String) -> Bool {
        let words = Analyzer.words(question)
        return words.count <= 10 && words.contains(where: judgingClaims.contains)
    }

    /// The items of a sentence that lists them with markers ("(a) ... and (b)
    /// ...", "1) ... 2) ..."), each without its marker; empty when it has
    /// fewer than two.
    static func listedItems(_ sentence: String) -> [String] {
        let chars = Array(sentence)
        var starts: [(marker: Int, text: Int)] = []
        var i = 0
        while i < chars.count {
            let boundary = i == 0 || chars[i - 1].isWhitespace
            if boundary, let end = listMarkerEnd(chars, at: i), chars[i] == "(" || chars[i].isNumber || end - i <= 2 {
                // A lone letter closed by "." is a word's end, not a marker ("a.m."), unless bracketed.
                if chars[i] == "(" || chars[end - 1] == ")" {
                    starts.append((i, end))
                    i = end
                    continue
                }
            }
            i += 1
        }
        guard starts.count >= 2 else { return [] }
        return starts.enumerated().map { n, st in
            let stop = n + 1 < starts.count ? starts[n + 1].marker : chars.count
            var item = String(chars[st.text..<stop]).trimmingCharacters(in: .whitespaces)
            if let last = item.split(separator: " ").last, joiners.contains(last.lowercased()) {
                item = String(item.dropLast(last.count)).trimmingCharacters(in: .whitespaces)
            }
            return item
        }
    }

    /// Words that state a plan near the start of a sentence ("Thinking of...",
    /// "The head wants to...", "We plan to...").
    static let intending: Set<String> = ["thinking", "planning", "considering", "plan", "plans", "want", "wants", "intend", "intends",
                                         "propose", "proposes", "proposing", "going"]

    /// Words near the start of a question that point back at the sentence
    /// before ("Can they, or...", "Is that right?").
    static let pointsBack: Set<String> = ["it", "that", "this", "they", "them", "those", "these", "so"]

    /// Words of a short question asking what can be done ("What are our
    /// options?", "Any alternatives?"): it is about the sentence before.
    static let askingForOptions: Set<String> = ["options", "option", "choices", "alternatives"]

    /// The sentences of `text` as written, each with its closing mark (".",
    /// "?", "!" or a line break); the last may have none.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            current.append(ch)
            // A point between digits is a decimal ("a 0.6 contract"), not a full stop.
            if ch == ".", i > 0, i + 1 < chars.count, chars[i - 1].isASCII, chars[i - 1].isNumber,
               chars[i + 1].isASCII, chars[i + 1].isNumber { continue }
            if ch == "?" || ch == "." || ch == "!" || ch == "\n" {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private static func keep(_ sentence: String, endsWithQuestionMark: Bool, minimumWords: Int, into parts: inout [String]) {
        let clauses = questionClauses(sentence).filter { Analyzer.words($0).count >= minimumWords }
        if !clauses.isEmpty {
            parts += clauses
            return
        }
        let words = Analyzer.words(sentence)
        guard words.count >= minimumWords else { return }
        if endsWithQuestionMark || asksIndirectly(words) { parts.append(trimmed(sentence)) }
    }

    /// True when a statement reports a question ("she's asked me if...", "the
    /// head wants to know...", "no idea what to tell her"): it asks as much as
    /// a sentence ending in a question mark.
    static func asksIndirectly(_ words: [String]) -> Bool {
        for (i, w) in words.enumerated() {
            let next = i + 1 < words.count ? words[i + 1] : ""
            let after = i + 2 < words.count ? words[i + 2] : ""
            if ["asked", "asking", "asks", "ask", "wondering", "wonder", "wondered"].contains(w),
               ["if", "whether", "what", "how", "about"].contains(next) || (["me", "us", "him", "her"].contains(next) && ["if", "whether", "what", "how", "about"].contains(after)) {
                return true
            }
            if w == "know", ["if", "whether", "what", "how", "who", "when"].contains(next), i > 0, ["to", "dont", "didnt", "want", "wants"].contains(words[i - 1]) { return true }
            if w == "idea", i > 0, words[i - 1] == "no" { return true }
            if w == "sure", i > 0, ["not", "unsure"].contains(words[i - 1]) || (i > 1 && words[i - 2] == "not") { return true }
        }
        return false
    }

    /// The clauses of a sentence that open with a question word, each running
    /// to the next such clause; the first keeps what leads into it. "HR ask two
    /// things: does she get a point, and what's her sick pay?" gives "HR ask two
    /// things: does she get a point" and "what's her sick pay?".
    static func questionClauses(_ sentence: String) -> [String] {
        let scalars = Array(sentence)
        let firstLetter = scalars.firstIndex(where: \.isLetter) ?? 0
        var starts: [Int] = []
        var i = 0
        var atBoundary = true
        var afterMarker = false
        var afterJoiner = false
        // A sentence closed by a full stop with no question mark is a
        // statement: a verb after its comma carries it on ("Our AST, Tomasz,
        // did a whole year of outreach."), whatever word follows.
        let statement = !sentence.contains("?") && sentence.trimmingCharacters(in: .whitespacesAndNewlines).last == "."
        while i < scalars.count {
            let ch = scalars[i]
            if ch == "," || ch == ";" || ch == ":" || ch == "/" || ch == "(" || ch == "\u{2013}" || ch == "\u{2014}" || (ch == "-" && i > 0 && scalars[i - 1] == " ") {
                atBoundary = true
                i += 1
                continue
            }
            // "1) ...", "2. ...", "(b) ...": a list marker keeps the boundary
            // open, so each listed question is a part of its own.
            if atBoundary, let end = listMarkerEnd(scalars, at: i) {
                i = end
                afterMarker = true
                continue
            }
            if ch.isLetter && (i == 0 || !scalars[i - 1].isLetter && scalars[i - 1] != "'") {
                var j = i
                while j < scalars.count && (scalars[j].isLetter || scalars[j] == "'") { j += 1 }
                let word = String(scalars[i..<j]).lowercased()
                let bare = word.split(separator: "'").first.map(String.init) ?? word
                // After a comma "who", "which" and "whose" open a relative
                // clause ("our AST, who started in June, ..."), not a question.
                // After a list marker ("2) who pays?") they ask.
                // After "and"/"or" they ask again ("will she be reassessed, and
                // who does her PM?"): a relative clause does not open so.
                if atBoundary && openers.contains(bare) && (starts.isEmpty && i == firstLetter || afterMarker || afterJoiner || !relatives.contains(bare))
                    && (i == firstLetter || afterMarker || !auxiliaries.contains(bare) || (!statement && opensQuestion(scalars, after: j))) {
                    starts.append(i)
                } else if atBoundary && afterJoiner && !starts.isEmpty && conditionals.contains(bare) {
                    // "Would I have to sit it again, and if I get the job am
                    // I expected to give up being head of year?": a condition
                    // after "and" opens a second question.
                    starts.append(i)
                } else if joiners.contains(word) {
                    i = j
                    afterJoiner = atBoundary
                    continue   // "..., and what happens" keeps the boundary open
                }
                atBoundary = false
                afterMarker = false
                afterJoiner = false
                i = j
                continue
            }
            if !ch.isWhitespace { atBoundary = false; afterMarker = false }
            i += 1
        }
        guard !starts.isEmpty else { return [] }
        var clauses: [String] = []
        // The first question keeps what leads into it ("if he stops outreach,
        // is he still an AST?"), unless what leads in asks a question of its
        // own ("the head's asking whether we should start something formal,
        // and whether he can still get his point"): then that is one more.
        if starts[0] != firstLetter {
            let lead = String(scalars[firstLetter..<starts[0]])
            if asksIndirectly(Analyzer.words(lead)) { starts.insert(firstLetter, at: 0) } else { starts[0] = firstLetter }
        }
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1] : scalars.count
            var clause = String(scalars[start..<end]).trimmingCharacters(in: .whitespaces)
            // Drop the joining words and marks that lead into the next clause.
            while let last = clause.split(separator: " ").last,
                  joiners.contains(last.lowercased().trimmingCharacters(in: .punctuationCharacters))
                    || listMarkerEnd(Array(last), at: 0) == last.count {
                clause = String(clause.dropLast(last.count)).trimmingCharacters(in: .whitespaces)
            }
            clause = clause.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:/-(\u{2013}\u{2014}"))
            clauses.append(clause)
        }
        return clauses
    }

    /// Where a list marker starting at `i` ends ("1)", "2.", "(b)", "c)"), or
    /// nil when there is none: digits or one letter, closed by ")" or ".",
    /// followed by a space.
    static func listMarkerEnd(_ s: [Character], at i: Int) -> Int? {
        var j = i
        if s[j] == "(" { j += 1 }
        let start = j
        while j < s.count && s[j].isNumber { j += 1 }
        if j == start, j < s.count, s[j].isLetter, j + 1 < s.count, !s[j + 1].isLetter { j += 1 }
        guard j > start, j < s.count, s[j] == ")" || s[j] == "." else { return nil }
        j += 1
        guard j == s.count || s[j].isWhitespace else { return nil }
        return j
    }

    /// Words that join two questions ("..., and what happens") and keep the
    /// boundary open, with the asides that lead into one ("btw is there a cap...").
    static let joiners: Set<String> = ["", "and", "or", "also", "then", "so", "but", "plus",
                                       "btw", "ps", "oh", "anyway", "finally", "lastly", "secondly", "separately"]
    /// Openers that are verbs: after a comma they open a question only when a
    /// subject follows ("..., can she go?"), not when they carry on a
    /// statement ("Our AST, Mike, did two half-days a week").
    static let auxiliaries: Set<String> = ["can", "could", "should", "would", "will", "do", "does", "did", "is", "are", "am", "must", "may"]

    /// Words that stand as the subject of a question after its verb.
    static let subjects: Set<String> = [
        "i", "you", "he", "she", "it", "we", "they", "this", "that", "these", "those", "there", "the", "a", "an",
        "our", "my", "his", "her", "their", "your", "its", "any", "anyone", "anybody", "someone", "somebody", "everyone",
        "either", "neither", "both", "all", "each", "every", "one", "governors", "schools", "asts", "ast", "lea", "la", "head", "heads",
    ]

    /// True when the word after position `j` (past spaces) is a subject, or a
    /// capitalised name ("does Tom keep...").
    static func opensQuestion(_ s: [Character], after j: Int) -> Bool {
        var k = j
        while k < s.count && s[k].isWhitespace { k += 1 }
        var e = k
        while e < s.count && (s[e].isLetter || s[e] == "'") { e += 1 }
        guard e > k else { return false }
        let word = String(s[k..<e])
        if s[k].isUppercase { return true }
        return subjects.contains(word.lowercased().split(separator: "'").first.map(String.init) ?? word)
    }

    /// Words that open a condition: after "and" or "or" that follows an
    /// earlier question, one opens the next question ("..., and if she
    /// leaves, does she keep her point?").
    static let conditionals: Set<String> = ["if", "once", "supposing", "assuming"]

    /// Words that open a relative clause after a comma.
    static let relatives: Set<String> = ["who", "which", "whose"]

    private static func trimmed(_ s: String) -> String { String(s.drop { $0.isWhitespace }) }
}

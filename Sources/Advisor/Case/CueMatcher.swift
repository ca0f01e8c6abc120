import Guidance

/// Reads yes/no and topic facts from a case by the cue phrases declared for
/// them in facts.yaml. A yes phrase with a negation in the three words before
/// it ("hasn't improved", "nobody has sat down") reads as no; a `no` phrase
/// reads as no and wins over any yes, unless a negation stands in the three
/// words before it ("hasn't met his objectives" reads as objectives missed). A yes phrase after "until",
/// "unless" or "whether" states nothing (it names a condition not yet met), and
/// a sentence with one of the fact's `not_about` phrases says nothing about it.
/// A `denied` phrase reads as yes under a negation ("hasn't filled in the
/// form") and says nothing without one.
/// `~N` between two words of a phrase lets up to N other words stand between
/// them ("withdraw* ~3 outreach": "withdraw all of her outreach").
struct CueMatcher: Sendable {
    /// One cue phrase: its words, any of which may match any ending.
    struct Cue: Sendable, Equatable {
        var words: [String]
        /// Any word of the phrase ending in `*` matches words that start with it.
        var prefixes: [Bool]
        /// How many other words may stand between word k and word k+1: `~N`
        /// between two words in a phrase ("pull* ~3 outreach" reads "pull all
        /// her outreach"); 0 for adjacent words.
        var gaps: [Int] = []
    }

    struct Entry: Sendable {
        var fact: CaseFact
        var yes: [Cue]
        var no: [Cue]
        /// A sentence with one of these says nothing about the fact.
        var notAbout: [Cue]
        /// Phrases that state the fact (yes) only under a negation ("hasn't
        /// filled in the form"); unnegated they say nothing.
        var denied: [Cue] = []
    }

    static let negators: Set<String> = [
        "not", "no", "never", "nobody", "none", "without", "hasnt", "havent", "hadnt", "didnt", "doesnt", "dont",
        "isnt", "wasnt", "arent", "werent", "cant", "cannot", "wont", "wouldnt", "nor", "neither", "nothing", "noone", "lack", "lacks",
    ]

    let entries: [Entry]

    init(facts: [CaseFact]) {
        entries = facts.filter { $0.kind != .number }.map { f in
            Entry(fact: f, yes: f.yesCues.compactMap(CueMatcher.cue), no: f.noCues.compactMap(CueMatcher.cue),
                  notAbout: f.notAboutCues.compactMap(CueMatcher.cue), denied: f.deniedCues.compactMap(CueMatcher.cue))
        }
    }

    /// A matcher of cues already compiled (read from an advisor image).
    init(entries: [Entry]) {
        self.entries = entries
    }

    static func cue(_ phrase: String) -> Cue? {
        // Read "no one" as the text is read (see `CaseText.joiningNoOne`).
        let phrase = phrase.contains("no one") || phrase.contains("no-one")
            ? phrase.replacingOccurrences(of: "no-one", with: "noone").replacingOccurrences(of: "no one", with: "noone") : phrase
        // Most phrases are plain lower-case words: split them directly (this runs
        // for every phrase on every start, so it stays cheap); others go through
        // the analyser, which reads apostrophes, hyphens and accents as questions do.
        if phrase.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x20 || $0 == 0x2A }) {
            var words: [String] = []
            var prefixes: [Bool] = []
            for token in phrase.split(separator: " ") {
                let star = token.hasSuffix("*")
                let word = star ? token.dropLast() : token
                if word.isEmpty { continue }
                words.append(String(word))
                prefixes.append(star)
            }
            return words.isEmpty ? nil : Cue(words: words, prefixes: prefixes, gaps: Array(repeating: 0, count: words.count))
        }
        if phrase.contains("~") { return proximityCue(phrase) }
        var words: [String] = []
        var prefixes: [Bool] = []
        for token in phrase.split(separator: " ") {
            let star = token.hasSuffix("*")
            let parts = Analyzer.words(String(star ? token.dropLast() : token))
            for (k, p) in parts.enumerated() {
                words.append(p)
                prefixes.append(star && k == parts.count - 1)
            }
        }
        return words.isEmpty ? nil : Cue(words: words, prefixes: prefixes, gaps: Array(repeating: 0, count: words.count))
    }

    /// A phrase with `~N` between words: "stop* ~3 outreach".
    static func proximityCue(_ phrase: String) -> Cue? {
        var cue = Cue(words: [], prefixes: [], gaps: [])
        for token in phrase.split(separator: " ") {
            if token.hasPrefix("~") {
                guard !cue.gaps.isEmpty, let n = Int(token.dropFirst()), (0...8).contains(n) else { return nil }
                cue.gaps[cue.gaps.count - 1] = n
                continue
            }
            guard let part = CueMatcher.cue(String(token)) else { continue }
            cue.words += part.words
            cue.prefixes += part.prefixes
            cue.gaps += part.gaps
        }
        return cue.words.isEmpty ? nil : cue
    }

    private static func wordMatches(_ cue: Cue, _ k: Int, _ w: String) -> Bool {
        cue.prefixes[k] ? w.hasPrefix(cue.words[k]) : w == cue.words[k]
    }

    /// Start indexes where `cue` matches in `words`.
    static func matches(_ cue: Cue, in words: [String]) -> [Int] {
        guard words.count >= cue.words.count else { return [] }
        var out: [Int] = []
        for i in 0...(words.count - cue.words.count) where wordMatches(cue, 0, words[i]) {
            if rest(cue, from: 1, after: i, in: words) { out.append(i) }
        }
        return out
    }

    /// True when the cue's words from `k` on follow position `at`, each within its allowed gap.
    private static func rest(_ cue: Cue, from k: Int, after at: Int, in words: [String]) -> Bool {
        guard k < cue.words.count else { return true }
        let gap = cue.gaps[k - 1]
        for j in (at + 1)...(at + 1 + gap) where j < words.count {
            if wordMatches(cue, k, words[j]), rest(cue, from: k + 1, after: j, in: words) { return true }
        }
        return false
    }

    /// True when any of `cues` matches somewhere in `words`.
    static func anyMatches(_ cues: [Cue], in words: [String]) -> Bool {
        cues.contains { !matches($0, in: words).isEmpty }
    }

    static func negated(at i: Int, in words: [String]) -> Bool {
        // "nothing but glowing reviews" is all praise, not none; "a school
        // I've never heard of on the Monday" denies the hearing, not the Monday.
        (max(0, i - 3)..<i).contains { k in
            negators.contains(words[k]) && !(words[k] == "nothing" && words[safe: k + 1] == "but")
                && !(k + 1 < i && unknowing.contains(words[k + 1]))
        }
    }

    /// Verbs after a negation that deny knowing, not the phrase after them.
    static let unknowing: Set<String> = ["heard", "knew", "know", "known", "idea"]

    /// Words that put what follows them in a condition not yet met ("wait until
    /// she hits the top", "unless he improves", "once he's reached the top"):
    /// a fact there is not stated.
    static let notYet: Set<String> = ["until", "till", "unless", "whether", "once"]

    /// Words after "whether" that make it a proposal being weighed ("whether we
    /// should move to formal action"), not a condition not yet met.
    static let proposing: Set<String> = ["should", "could", "can", "would", "might", "must", "ought", "to"]

    /// True when a word of `notYet` stands in the four words before position
    /// `i`, unless it is a "whether" that weighs a proposal, or when the words
    /// just before it guess rather than state (`speculative`).
    static func hypothetical(at i: Int, in words: [String]) -> Bool {
        speculative(before: i, in: words) || required(before: i, in: words) || amountAsked(before: i, in: words) || (max(0, i - 4)..<i).contains { k in
            guard notYet.contains(words[k]) else { return false }
            return !(words[k] == "whether" && ((k + 1)..<i).contains { proposing.contains(words[$0]) })
        }
    }

    /// True when "how many" or "how much" stands in the four words before
    /// position `i`: "how many weeks of support is she entitled to?" asks for
    /// an amount, it does not say any support was given.
    static func amountAsked(before i: Int, in words: [String]) -> Bool {
        (max(0, i - 4)..<i).contains { k in words[k] == "how" && ["many", "much"].contains(words[safe: k + 1]) }
    }

    /// Words before "to have" that make what follows a requirement being
    /// asked about, not something done: "does she have to have done a full
    /// year first?", "must he have completed his first year?".
    static let requiring: Set<String> = ["have", "has", "need", "needs", "needed", "got", "ought", "required", "expected", "must"]

    /// True when "X to have" (X in `requiring`), or "must have" ("must she
    /// have"), stands in the four words before position `i`.
    static func required(before i: Int, in words: [String]) -> Bool {
        (max(0, i - 4)..<i).contains { k in
            guard words[k] == "have", k > 0 else { return false }
            return words[k - 1] == "must" || (k > 1 && words[k - 2] == "must")
                || (words[k - 1] == "to" && k > 1 && requiring.contains(words[k - 2]))
        }
    }

    /// Words that make what follows a guess, not a fact: "she must be maxed
    /// out by now", "presumably at the top", "I assume she's still on point 2".
    static let guesses: Set<String> = ["probably", "surely", "presumably", "supposedly", "assume", "assumes", "assumed", "assuming",
                                       "reckon", "reckons", "guess", "guessing", "suspect"]
    /// Modal verbs that guess when "be" follows ("must be", "might be").
    static let guessingModals: Set<String> = ["must", "might", "may", "could", "should"]

    /// True when a guess stands in the five words before position `i`.
    static func speculative(before i: Int, in words: [String]) -> Bool {
        (max(0, i - 5)..<i).contains { k in
            guesses.contains(words[k]) || (guessingModals.contains(words[k]) && k + 1 < words.count && words[k + 1] == "be")
        }
    }

    /// Phrases after a claim that doubt it ("she says her job has grown, but
    /// I'm not sure it has"): a fact disputed in its own sentence is not stated.
    static let doubts: [[String]] = [
        ["not", "sure"], ["not", "convinced"], ["unconvinced"], ["doubt"], ["doubtful"], ["dont", "think"], ["not", "certain"],
        ["debatable"], ["questionable"], ["i", "wonder"], ["not", "clear", "that"], ["disagree"],
    ]

    /// Words after a doubt that point back at the claim ("not sure it has",
    /// "I doubt that"), unlike a doubt about something else ("not sure I'm
    /// making a difference").
    static let backReferences: Set<String> = ["it", "that", "thats", "this", "so", "about", "true", "whether", "if"]

    /// True when a doubt about the claim follows position `i` in its sentence.
    static func doubted(after i: Int, in words: [String]) -> Bool {
        guard i + 1 < words.count else { return false }
        for k in (i + 1)..<words.count {
            for d in doubts where k + d.count <= words.count && Array(words[k..<(k + d.count)]) == d {
                let next = k + d.count < words.count ? words[k + d.count] : ""
                if next.isEmpty || backReferences.contains(next) { return true }
            }
        }
        return false
    }

    /// The facts the text's phrases name at all, stated or not: "whether we
    /// should worry she's planning to leave" mentions leaving without stating
    /// it. What a question asks about, not what it claims.
    func mentions(_ text: CaseText) -> Set<String> {
        var ids = Set<String>()
        for e in entries {
            for s in text.sentences where !CueMatcher.anyMatches(e.notAbout, in: s) {
                if CueMatcher.anyMatches(e.yes, in: s) || CueMatcher.anyMatches(e.no, in: s) || CueMatcher.anyMatches(e.denied, in: s) {
                    ids.insert(e.fact.id)
                    break
                }
            }
        }
        return ids
    }

    /// The facts the text's phrases state.
    func read(_ text: CaseText, into facts: inout CaseFacts) {
        for e in entries where facts[e.fact.id] == nil {
            var sawYes = false, sawNegatedYes = false, sawNo = false
            for s in text.sentences where !CueMatcher.anyMatches(e.notAbout, in: s) {
                // "hasn't met his objectives": a no phrase under a negation says yes.
                for c in e.no {
                    for i in CueMatcher.matches(c, in: s) {
                        if !CueMatcher.negators.contains(c.words[0]), CueMatcher.negated(at: i, in: s) { sawYes = true } else { sawNo = true }
                    }
                }
                // "she still hasn't filled in the evaluation form": a denied phrase states the fact.
                for c in e.denied where CueMatcher.matches(c, in: s).contains(where: { CueMatcher.negated(at: $0, in: s) }) { sawYes = true }
                for c in e.yes {
                    for i in CueMatcher.matches(c, in: s) {
                        // "until she reaches the top" names a topic but states no fact;
                        // nor does a claim the writer doubts in the same sentence.
                        if e.fact.kind != .topic, CueMatcher.hypothetical(at: i, in: s) || CueMatcher.doubted(after: i, in: s) { continue }
                        // A cue that itself starts with a negation ("no support") is a yes/no phrase as written.
                        if !CueMatcher.negators.contains(c.words[0]), CueMatcher.negated(at: i, in: s) { sawNegatedYes = true } else { sawYes = true }
                    }
                }
            }
            if e.fact.kind == .topic {
                if sawYes || sawNegatedYes { facts[e.fact.id] = .yes }
            } else if sawNo {
                facts[e.fact.id] = .no
            } else if sawYes {
                facts[e.fact.id] = .yes
            } else if sawNegatedYes {
                facts[e.fact.id] = .no
            }
        }
    }
}

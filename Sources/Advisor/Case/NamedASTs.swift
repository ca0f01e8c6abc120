/// One AST a message names, with the place on a pay range the message gives
/// that AST ("Priya is on the second point of her range, Declan on the fourth
/// point of his").
public struct NamedAST: Equatable, Sendable {
    public var name: String
    /// Only the pay-number facts (`NamedASTs.numberFacts`) read from the text about this AST.
    public var facts: CaseFacts
}

/// Finds two or more ASTs named in one message with different places on
/// their ranges, so that each is answered on their own numbers rather than
/// the first one's being read as everyone's. Pure: no I/O.
///
/// The text is cut at each name (a capitalised word that is neither a common
/// word nor one the guidance uses); what follows a name, up to the next one,
/// tells of that person. Only pay numbers are read per person: what else a
/// message says (objectives met, a range review asked about) is read from the
/// whole text, as pronouns make it unsafe to share out.
enum NamedASTs {
    /// The facts read per person; the rest are read from the whole message.
    static let numberFacts: Set<String> = ["range-position", "range-start", "spine-point"]

    /// Capitalised words that are never a person's name here.
    static let notNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "both", "neither", "either", "one", "two", "three",
        "easter", "christmas", "whitsun", "year", "key", "stage", "maths", "english", "science", "history",
        "geography", "music", "art", "drama", "french", "spanish", "german", "ofsted", "lea", "dfes", "ast",
        "asts", "head", "deputy", "governor", "governors", "bursar", "quick", "hi", "hello", "dear", "thanks",
    ]

    /// The ASTs `text` names with pay numbers of their own, in the order
    /// first named, when at least two are named and their numbers differ;
    /// empty otherwise. `isCommonWord` tells a word of the guidance's own
    /// vocabulary (lowercased), which is never taken for a name.
    static func read(_ text: String, isCommonWord: (String) -> Bool) -> [NamedAST] {
        var people: [NamedAST] = []
        for (name, segment) in segments(text, isCommonWord: isCommonWord) {
            var facts = CaseFacts()
            PayNumberReader.read(CaseText(segment), into: &facts)
            var numbers = CaseFacts()
            for id in facts.order where numberFacts.contains(id) { numbers[id] = facts[id] }
            guard !numbers.isEmpty else { continue }
            if let i = people.firstIndex(where: { $0.name == name }) {
                for id in numbers.order { people[i].facts.setIfUnknown(id, numbers[id]!) }
            } else {
                people.append(NamedAST(name: name, facts: numbers))
            }
        }
        guard people.count >= 2, people.contains(where: { $0.facts != people[0].facts }) else { return [] }
        return people
    }

    /// The stretches of `text` that begin at a name, each with that name;
    /// text before the first name belongs to no one and is left out.
    static func segments(_ text: String, isCommonWord: (String) -> Bool) -> [(name: String, text: String)] {
        var cuts: [(name: String, at: String.Index)] = []
        var i = text.startIndex
        while i < text.endIndex {
            guard text[i].isLetter, i == text.startIndex || !text[text.index(before: i)].isLetter else {
                i = text.index(after: i)
                continue
            }
            var j = i
            while j < text.endIndex, text[j].isLetter { j = text.index(after: j) }
            let word = String(text[i..<j])
            if isName(word, isCommonWord: isCommonWord) { cuts.append((word, i)) }
            i = j
        }
        return cuts.enumerated().map { k, cut in
            let end = k + 1 < cuts.count ? cuts[k + 1].at : text.endIndex
            return (cut.name, String(text[cut.at..<end]))
        }
    }

    /// A capitalised word, not all capitals, at least three letters, that is
    /// no common word: "Priya", "Declan", "Okafor".
    static func isName(_ word: String, isCommonWord: (String) -> Bool) -> Bool {
        guard word.count >= 3, let first = word.first, first.isUppercase,
              word.dropFirst().contains(where: \.isLowercase) else { return false }
        let lower = word.lowercased()
        return !notNames.contains(lower) && !StopWords.all.contains(lower) && !isCommonWord(lower)
    }
}

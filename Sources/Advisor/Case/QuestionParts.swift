/// The parts of a described case that ask something, each on its own, so that
/// a case with two questions ("Can he do that? And what happens after?") has
/// each one looked up, not only the one whose words dominate the whole text.
enum QuestionParts {
    /// Words that open a question even when the question mark is left off
    /// ("when", "has", "was" open statements as often as questions, so they are not here).
    static let openers: Set<String> = [
        "can", "could", "should", "would", "will", "do", "does", "did", "is", "are",
        "what", "how", "who", "whose", "which", "why", "must", "may",
    ]

    /// The question sentences of `text` with enough words of their own to be
    /// looked up (at least `minimumWords` analysed words): "Can he do that?" is
    /// too thin to find anything by itself and is left to the whole text.
    static func of(_ text: String, minimumWords: Int = 5) -> [String] {
        var parts: [String] = []
        var current = ""
        for ch in text {
            current.append(ch)
            if ch == "?" || ch == "." || ch == "!" || ch == "\n" {
                keep(current, endsWithQuestionMark: ch == "?", minimumWords: minimumWords, into: &parts)
                current = ""
            }
        }
        keep(current, endsWithQuestionMark: false, minimumWords: minimumWords, into: &parts)
        return parts
    }

    private static func keep(_ sentence: String, endsWithQuestionMark: Bool, minimumWords: Int, into parts: inout [String]) {
        let words = Analyzer.words(sentence)
        guard let first = words.first, words.count >= minimumWords else { return }
        if endsWithQuestionMark || openers.contains(first) {
            parts.append(String(sentence.drop { $0.isWhitespace }))
        }
    }
}

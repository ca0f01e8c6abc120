/// What a Tab press does to the line, decided from the text before the cursor
/// and the provider's candidates. Pure, so tests check it without a terminal.
public enum CompletionPlan: Equatable, Sendable {
    /// No candidate: beep.
    case none
    /// Delete `deleting` characters (Unicode scalars) before the cursor and insert `text`.
    case replace(deleting: Int, with: String)
    /// Several candidates share nothing more than what is typed: show them.
    case list([String])

    /// The word being typed: what follows the last space or tab before the cursor.
    public static func currentWord(_ lineBeforeCursor: String) -> Substring {
        let text = Substring(lineBeforeCursor)
        guard let space = text.lastIndex(where: { $0 == " " || $0 == "\t" }) else { return text }
        return text[text.index(after: space)...]
    }

    /// One candidate replaces the word and adds a space; several extend the word to
    /// their longest common prefix, or are listed when that adds nothing.
    public static func make(lineBeforeCursor: String, candidates: [String]) -> CompletionPlan {
        var seen = Set<String>()
        let unique = candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
        let word = currentWord(lineBeforeCursor)
        let typed = word.unicodeScalars.count
        switch unique.count {
        case 0:
            return .none
        case 1:
            return .replace(deleting: typed, with: unique[0] + " ")
        default:
            let prefix = commonPrefix(unique)
            if prefix.unicodeScalars.count > typed {
                return .replace(deleting: typed, with: prefix)
            }
            return .list(unique.sorted())
        }
    }

    /// The longest common prefix, compared by Unicode scalar.
    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map({ Array($0.unicodeScalars) }) else { return "" }
        for word in words.dropFirst() {
            let scalars = Array(word.unicodeScalars)
            var n = 0
            while n < prefix.count && n < scalars.count && prefix[n] == scalars[n] { n += 1 }
            prefix.removeSubrange(n...)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: prefix)
        return String(view)
    }

    /// The candidates laid out in columns that fit `width`, one row a line.
    public static func columns(_ items: [String], width: Int) -> [String] {
        guard let longest = items.map({ $0.count }).max() else { return [] }
        let cell = longest + 2
        let perRow = max(1, min(items.count, max(1, width) / cell))
        let rows = (items.count + perRow - 1) / perRow
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<perRow {
                let index = column * rows + row
                guard index < items.count else { continue }
                let item = items[index]
                line += item
                if column < perRow - 1 && index + rows < items.count {
                    line += String(repeating: " ", count: cell - item.count)
                }
            }
            lines.append(line)
        }
        return lines
    }
}

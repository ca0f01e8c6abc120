/// The Markdown of a record's notes as HTML, safely: every piece of text is
/// escaped before any markup is added, and raw HTML in the notes is shown as
/// text, never passed through. Covers what notes use: headings, paragraphs,
/// bulleted and numbered lists, quotes, rules, code, **strong**, *emphasis*,
/// `code` and links (printed as "text (address)": a printed page cannot be
/// clicked, and the statement loads nothing).
public enum MarkdownHTML {
    /// `markdown` as HTML blocks. Headings start at `<h{headingBase}>`.
    public static func render(_ markdown: String, headingBase: Int = 3) -> String {
        var out: [String] = []
        var paragraph: [String] = []
        var list: (ordered: Bool, items: [[String]])?
        var quote: [String] = []
        var code: [String]?

        func flushParagraph() {
            if !paragraph.isEmpty { out.append("<p>" + inline(paragraph.joined(separator: "\n")) + "</p>") }
            paragraph = []
        }
        func flushList() {
            if let l = list {
                let tag = l.ordered ? "ol" : "ul"
                out.append("<\(tag)>" + l.items.map { "<li>" + inline($0.joined(separator: "\n")) + "</li>" }.joined() + "</\(tag)>")
            }
            list = nil
        }
        func flushQuote() {
            if !quote.isEmpty { out.append("<blockquote><p>" + inline(quote.joined(separator: "\n")) + "</p></blockquote>") }
            quote = []
        }
        func flushAll() { flushParagraph(); flushList(); flushQuote() }

        let lines = markdown.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in lines {
            let trimmed = line.trimmingSpaces()
            if var block = code {
                if trimmed.hasPrefix("```") {
                    out.append("<pre><code>" + HTMLText.escape(block.joined(separator: "\n")) + "</code></pre>")
                    code = nil
                } else {
                    block.append(line)
                    code = block
                }
                continue
            }
            if trimmed.hasPrefix("```") { flushAll(); code = []; continue }
            if trimmed.isEmpty { flushAll(); continue }
            if let (level, text) = heading(trimmed) {
                flushAll()
                let h = min(6, headingBase + level - 1)
                out.append("<h\(h)>" + inline(text) + "</h\(h)>")
                continue
            }
            if isRule(trimmed) { flushAll(); out.append("<hr>"); continue }
            if trimmed.hasPrefix(">") {
                flushParagraph(); flushList()
                quote.append(String(trimmed.dropFirst()).trimmingSpaces())
                continue
            }
            if let (ordered, text) = listItem(trimmed) {
                flushParagraph(); flushQuote()
                if list == nil || list!.ordered != ordered { flushList(); list = (ordered, []) }
                list!.items.append([text])
                continue
            }
            if list != nil, !list!.items.isEmpty {
                // A continuation line (indented or not) belongs to the last item.
                list!.items[list!.items.count - 1].append(trimmed)
                continue
            }
            if !quote.isEmpty { quote.append(trimmed); continue }
            paragraph.append(trimmed)
        }
        if let block = code { out.append("<pre><code>" + HTMLText.escape(block.joined(separator: "\n")) + "</code></pre>") }
        flushAll()
        return out.joined(separator: "\n")
    }

    /// `# Title` → (1, "Title").
    static func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = String(rest).trimmingSpaces()
        while text.hasSuffix("#") { text.removeLast() }
        return (hashes, text.trimmingSpaces())
    }

    static func isRule(_ line: String) -> Bool {
        let chars = line.filter { $0 != " " }
        guard chars.count >= 3, let first = chars.first, "-*_".contains(first) else { return false }
        return chars.allSatisfy { $0 == first }
    }

    /// `- item`, `* item`, `+ item` → (false, "item"); `1. item`, `2) item` → (true, "item").
    static func listItem(_ line: String) -> (Bool, String)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return (false, String(line.dropFirst(2)).trimmingSpaces())
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return (true, String(rest.dropFirst(2)).trimmingSpaces())
    }

    /// Inline Markdown in `text` as escaped HTML.
    static func inline(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        func find(_ marker: [Character], from start: Int) -> Int? {
            var j = start
            while j + marker.count <= chars.count {
                if Array(chars[j..<(j + marker.count)]) == marker, j > start { return j }
                j += 1
            }
            return nil
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, "\\`*_[]()#+-.!>".contains(chars[i + 1]) {
                out += HTMLText.escape(String(chars[i + 1]))
                i += 2
                continue
            }
            if c == "`", let end = find(["`"], from: i + 1) {
                out += "<code>" + HTMLText.escape(String(chars[(i + 1)..<end])) + "</code>"
                i = end + 1
                continue
            }
            if (c == "*" || c == "_"), i + 1 < chars.count, chars[i + 1] == c,
               let end = find([c, c], from: i + 2), !chars[i + 2].isWhitespace {
                out += "<strong>" + inline(String(chars[(i + 2)..<end])) + "</strong>"
                i = end + 2
                continue
            }
            if c == "*" || c == "_", i + 1 < chars.count, !chars[i + 1].isWhitespace,
               c == "*" || i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber),
               let end = find([c], from: i + 1), !chars[end - 1].isWhitespace,
               c == "*" || end + 1 == chars.count || !(chars[end + 1].isLetter || chars[end + 1].isNumber) {
                out += "<em>" + inline(String(chars[(i + 1)..<end])) + "</em>"
                i = end + 1
                continue
            }
            if c == "[", let close = find(["]", "("], from: i + 1), let end = find([")"], from: close + 2) {
                let label = String(chars[(i + 1)..<close])
                let address = String(chars[(close + 2)..<end])
                out += inline(label) + " (" + HTMLText.escape(address) + ")"
                i = end + 1
                continue
            }
            out += HTMLText.escape(String(c))
            i += 1
        }
        return out
    }
}

extension String {
    func replacingCRLF() -> String {
        var s = self
        s = s.split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n")
        return s
    }

    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}

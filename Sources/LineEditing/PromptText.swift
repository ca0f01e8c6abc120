/// Prompt text as libedit wants it: invisible runs (ANSI colour codes) wrapped in
/// a marker character, so libedit does not count them as columns.
enum PromptText {
    /// The marker given to `EL_PROMPT_ESC`.
    static let marker: Character = "\u{01}"

    /// Wraps every ESC sequence (CSI `ESC [ ... final`, or ESC plus one character)
    /// in `marker`s, and drops any marker already present.
    static func markInvisible(_ prompt: String) -> String {
        var out = ""
        let scalars = Array(prompt.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "\u{01}" { i += 1; continue }
            guard s == "\u{1B}" else { out.unicodeScalars.append(s); i += 1; continue }
            var end = i + 1
            if end < scalars.count && scalars[end] == "[" {
                end += 1
                while end < scalars.count && !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
            }
            end = min(end + 1, scalars.count)
            out.append(marker)
            out.unicodeScalars.append(contentsOf: scalars[i..<end])
            out.append(marker)
            i = end
        }
        return out
    }
}

import Records
import SafeYAML

/// Brings the front matter of an older schema up to `Record.currentSchema`, in
/// memory only: the file is rewritten in the new schema only when next saved.
///
/// Schema history:
/// - 0: the early hand-written form: answers under `answers:`, no `status:`
///   (read as a draft), `name:` for the AST.
/// - 1: the current form (see README, "Record store").
enum SchemaUpgrade {
    static func upgrade(_ pairs: inout [SafePair], from schema: Int) {
        if schema < 1 { zeroToOne(&pairs) }
    }

    static func zeroToOne(_ pairs: inout [SafePair]) {
        func rename(_ old: String, _ new: String) {
            if let i = pairs.firstIndex(where: { $0.key == old }), !pairs.contains(where: { $0.key == new }) {
                pairs[i].key = new
            }
        }
        rename("answers", "fields")
        rename("name", "ast")
        if !pairs.contains(where: { $0.key == "status" }) {
            let at = pairs.first?.keyMark ?? SourceMark(line: 2, column: 1)
            pairs.append(SafePair(key: "status", keyMark: at, value: .scalar("draft", at)))
        }
    }
}

import Records
import Yams

/// Writes a record as the store's file format: Markdown with YAML front matter.
///
/// ```
/// ---
/// # astpm record (schema 1) ... DfES/0143/2004 ...
/// schema: 1
/// kind: planning
/// ...
/// ---
///
/// Narrative notes in Markdown.
/// ```
/// Keys come in a fixed order so files diff cleanly; text that a YAML reader
/// could mistake for a boolean or number is quoted.
public enum RecordFileEncoder {
    /// The comment at the top of every record file.
    public static func header(schema: Int) -> String {
        """
        # astpm performance-management record, file format schema \(schema).
        # Written to the DfES guide on performance management of Advanced
        # Skills Teachers (DfES/0143/2004). Fields are YAML between the two
        # '---' lines; the narrative notes are Markdown after them.

        """
    }

    /// The file text for `record`. `savedBy` names who saved it (for conflict messages).
    public static func encode(_ record: Record, savedBy: String? = nil) throws -> String {
        var pairs: [(Node, Node)] = [
            (key("schema"), .scalar(Node.Scalar(String(Record.currentSchema), .implicit, .plain))),
            (key("kind"), ScalarStyle.node(record.kind.rawValue)),
            (key("status"), ScalarStyle.node(record.status.rawValue)),
            (key("ast"), ScalarStyle.node(record.ast)),
            (key("cycle"), ScalarStyle.node(record.cycle)),
            (key("created"), ScalarStyle.node(record.created)),
            (key("updated"), ScalarStyle.node(record.updated)),
        ]
        if let savedBy { pairs.append((key("saved_by"), ScalarStyle.node(savedBy))) }
        pairs.append((key("fields"), mapping(record.fields)))
        if !record.conclusions.isEmpty {
            pairs.append((key("conclusions"), .sequence(Node.Sequence(record.conclusions.map(conclusion)))))
        }
        if let a = record.agreement {
            var ap: [(Node, Node)] = [
                (key("line_manager"), ScalarStyle.node(a.lineManager)),
                (key("ast"), ScalarStyle.node(a.ast)),
                (key("date"), ScalarStyle.node(a.date)),
            ]
            if !a.comments.isEmpty { ap.append((key("comments"), texts(a.comments))) }
            pairs.append((key("agreement"), .mapping(Node.Mapping(ap))))
        }
        for field in record.extra { pairs.append((ScalarStyle.node(field.key), value(field.value))) }
        let yaml = try Yams.serialize(node: .mapping(Node.Mapping(pairs)), width: -1, allowUnicode: true)
        var text = "---\n" + header(schema: Record.currentSchema) + yaml + "---\n"
        if !record.notes.isEmpty { text += "\n" + record.notes + "\n" }
        return text
    }

    static func key(_ k: String) -> Node { .scalar(Node.Scalar(k, .implicit, .plain)) }

    static func texts(_ items: [String]) -> Node {
        .sequence(Node.Sequence(items.map(ScalarStyle.node), .implicit, items.isEmpty ? .flow : .any))
    }

    static func conclusion(_ c: Conclusion) -> Node {
        var p: [(Node, Node)] = [(key("text"), ScalarStyle.node(c.text)), (key("cites"), citeList(c.cites))]
        if !c.because.isEmpty { p.append((key("because"), citeList(c.because))) }
        return .mapping(Node.Mapping(p))
    }

    /// Paragraph ids and field ids read best on one line: `[pay.1, qa.14]`.
    static func citeList(_ ids: [String]) -> Node {
        let simple = ids.allSatisfy { ScalarStyle.isPlainSafe($0) && !$0.contains(",") && !$0.contains(" ") }
        return .sequence(Node.Sequence(ids.map(ScalarStyle.node), .implicit, simple ? .flow : .any))
    }

    static func mapping(_ fields: [RecordField]) -> Node {
        .mapping(Node.Mapping(fields.map { (ScalarStyle.node($0.key), value($0.value)) }, .implicit, fields.isEmpty ? .flow : .any))
    }

    static func value(_ v: RecordValue) -> Node {
        switch v {
        case .text(let s): return ScalarStyle.node(s)
        case .list(let items): return .sequence(Node.Sequence(items.map(value), .implicit, items.isEmpty ? .flow : .any))
        case .map(let fields): return mapping(fields)
        }
    }
}

import Advisor

/// The `--json` shape of an answer, shared by `ask --json` and `whatif
/// --json`: one object on one line with `"schema": 1` and always the same
/// keys, whether the guide covers the question or not (a value not known is
/// `null`, an empty list `[]`).
enum AnswerJSON {
    /// `ask --json`: the question as asked, then the answer.
    static func ask(_ question: String, _ a: Answer) -> String {
        JSONText.object([("schema", .number(Double(CommandJSON.schema))), ("question", .string(question))] + members(a))
    }

    /// `whatif pay|capability --json`: which what-if, the record its facts came from, then the answer.
    static func whatIf(_ kind: String, record: String?, _ a: Answer) -> String {
        JSONText.object([("schema", .number(Double(CommandJSON.schema))), ("whatif", .string(kind)),
                         ("record", record.map { .string($0) } ?? .null)] + members(a))
    }

    /// The answer's keys, in this order: covered, verdict, answer, reasoning,
    /// citations, see_also, nearest, gap, facts, read_as, needs. `verdict` is
    /// the direct answer to a described case's first question (`{"text",
    /// "cites"}`) or null; `answer` holds every question's.
    static func members(_ a: Answer) -> [(String, JSONText.Value)] {
        [
            ("covered", .bool(a.covered)),
            ("verdict", a.verdict.map { .object([("text", .string($0.text)), ("cites", .strings($0.cites))]) } ?? .null),
            ("answer", .string((a.verdicts.map(\.text) + [a.headline] + a.reasoning.map(\.text) + a.notes).joined(separator: " "))),
            ("reasoning", .array(a.reasoning.map {
                .object([("text", .string($0.text)), ("cites", .strings($0.cites)), ("schools_call", .bool($0.schoolsCall))])
            })),
            ("citations", .strings(a.citations)),
            ("see_also", .strings(a.seeAlso)),
            ("nearest", .strings(a.nearest)),
            ("gap", a.gapID.map { .string($0) } ?? .null),
            ("facts", .object(a.facts.order.compactMap { id in a.facts[id].map { (id, AnswerRenderer.factJSON($0)) } })),
            ("read_as", .strings(a.readAs)),
            ("needs", .array(a.needs.map { .object([("fact", .string($0.fact)), ("question", .string($0.question))]) })),
        ]
    }
}

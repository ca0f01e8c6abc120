import InterviewEngine
import Records

/// `explain [ID]` prints each conclusion of a record with the answers and guide paragraphs behind it.
struct ExplainCommand: Command {
    let spec = CommandSpec(
        name: "explain",
        summary: "how each conclusion of a record was reached: explain [ID]",
        usage: "explain [ID] [--json]",
        options: [OptionSpec("--json", help: "{\"schema\", \"id\", \"conclusions\": [{\"text\", \"because\", \"cites\"}]}")],
        details: """
        explain       the record the last interview saved
        explain ID    any saved record (Tab completes ids)
        Each conclusion is listed with the answers it rests on and the guide's paragraph ids.
        """, pagesAtPrompt: true)

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        arguments.count == 1 ? RecordLookup.complete(arguments[0], context: context) : []
    }

    func run(_ words: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let json = words.contains("--json")
        let arguments = words.filter { $0 != "--json" }
        guard arguments.count <= 1 else { throw UserError.usage("Usage: \(usage).") }
        let stored: StoredRecord
        if let id = arguments.first {
            stored = try RecordLookup.resolve(id, context: context)
        } else if let last = context.service(LastInterviewRecord.self)?.id {
            stored = try context.store.load(last)
        } else {
            throw UserError.usage("Which record? Type 'explain ID' (ids from 'records').")
        }
        if json {
            context.output.write(try JSONText.encode(CommandJSON.Explanation(stored)) + "\n")
            return .continueSession
        }
        context.say("How the conclusions of \(stored.id) were reached:")
        context.say(InterviewExplanation.lines(for: stored.record.conclusions, answers: stored.record.fields).joined(separator: "\n"))
        return .continueSession
    }
}

import Foundation
import Guidance

/// `guidance check [DIR]` validates a Guidance folder and lists every problem.
struct GuidanceCommand: Command {
    let spec = CommandSpec(
        name: "guidance",
        summary: "check a Guidance folder: guidance check [DIR]; list its rules: guidance rules",
        usage: "guidance check [DIR] | guidance rules",
        options: [OptionSpec("--json", help: "one JSON object: {\"schema\", \"folder\", \"errors\", \"warnings\", \"problems\"} or {\"schema\", \"rules\"}")],
        details: """
        guidance check        check the guidance this session loaded from its folder
        guidance check DIR    check another Guidance folder (e.g. an LEA's edited copy)
        guidance rules        list the validation rules and their codes
        Each problem reads path:line:col: error: [Gnnn] message, on standard error.
        """, pagesAtPrompt: true)

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        arguments.count == 1 ? ["check", "rules"].filter { $0.hasPrefix(arguments[0]) } : []
    }

    /// What the words ask for: the rules, or a check of a folder (nil: the one in use).
    enum Request: Equatable {
        case rules(json: Bool)
        case check(directory: String?, json: Bool)
    }

    /// Reads `guidance`'s words (after its name); also used by the executable's
    /// early path for `astpm guidance check`, which runs before any guidance loads.
    static func request(_ words: [String]) throws -> Request {
        let json = words.contains("--json")
        let rest = words.filter { $0 != "--json" }
        switch (rest.first, rest.count) {
        case ("rules", 1): return .rules(json: json)
        case ("check", 1): return .check(directory: nil, json: json)
        case ("check", 2): return .check(directory: rest[1], json: json)
        default: throw UserError.usage("Type 'guidance check [DIR]' or 'guidance rules' (each may take --json).")
        }
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        switch try Self.request(arguments) {
        case .rules(let json):
            if json {
                let rules = GuidanceValidator.rules.map { CommandJSON.Rules.Rule(code: $0.code, summary: $0.summary) }
                context.output.write(try JSONText.encode(CommandJSON.Rules(rules: rules)) + "\n")
            } else {
                context.say(GuidanceValidator.rules.map { "\($0.code)  \($0.summary)" }.joined(separator: "\n"))
            }
            return .continueSession
        case .check(let directory, let json):
            let report = GuidanceCheck.run(directory: directory, environment: ProcessInfo.processInfo.environment)
            if json {
                context.output.write(try JSONText.encode(CommandJSON.Check(report)) + "\n")
                if report.errorCount > 0 { throw UserError("\(report.folder): \(report.errorCount) error(s).") }
                return .continueSession
            }
            // Problems go to standard error, as a compiler's do; a clean
            // summary to standard output.
            for d in report.diagnostics {
                if d.severity == .error { context.output.writeError(d.description + "\n") } else { context.note(d.description) }
            }
            if report.errorCount > 0 { context.output.writeError(report.summary + "\n") } else { context.say(report.summary) }
            return .continueSession
        }
    }
}

/// Runs the Guidance validator over a folder (shared by the command and `astpm guidance check`).
public enum GuidanceCheck {
    public struct Report {
        public var diagnostics: [Diagnostic]
        public var folder: String
        public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
        public var summary: String {
            let warnings = diagnostics.count - errorCount
            if errorCount == 0 {
                return "\(folder): no errors" + (warnings > 0 ? ", \(warnings) warning(s)" : "") + "."
            }
            return "\(folder): \(errorCount) error(s)" + (warnings > 0 ? ", \(warnings) warning(s)" : "") + "."
        }
    }

    /// Writes the report as `guidance check` does: each problem on standard
    /// error, the summary on standard output when there is no error (else on
    /// standard error too). Used before the guidance is loaded, so it works
    /// when the guidance is broken.
    static func write(_ report: Report, json: Bool = false, to output: OutputSink) {
        if json {
            output.write(((try? JSONText.encode(CommandJSON.Check(report))) ?? "{}") + "\n")
            if report.errorCount > 0 { output.writeError(report.summary + "\n") }
            return
        }
        for d in report.diagnostics { output.writeError(d.description + "\n") }
        if report.errorCount > 0 { output.writeError(report.summary + "\n") } else { output.write(report.summary + "\n") }
    }

    public static func run(directory: String?, environment: [String: String]) -> Report {
        guard let (url, shown) = GuidanceSource.folder(option: directory, environment: environment) else {
            return Report(diagnostics: [Diagnostic("G001", SourceLocation(file: "Guidance", line: 1, column: 1), "no Guidance folder found")], folder: "Guidance")
        }
        let result = GuidanceLoader.load(directory: url, displayRoot: shown)
        return Report(diagnostics: result.diagnostics, folder: shown)
    }
}

import Guidance
import Records

/// The `--json` shapes of `history`, `decisions` and `version`. Each object
/// carries `"schema": 1` and always the same keys, whatever the answer: a
/// value that is not known is `null`, an empty list `[]`.
enum CommandJSON {
    /// The version of these shapes; a change that removes or renames a key raises it.
    static let schema = 1

    /// `history ID --json`: the record's id and its earlier versions, oldest first.
    struct History: Encodable {
        struct Version: Encodable {
            var number: Int
            var updated: String?
            var status: String?
            var savedBy: String?

            enum Keys: String, CodingKey { case number, updated, status, savedBy = "saved_by" }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(number, forKey: .number)
                try c.encode(updated, forKey: .updated)
                try c.encode(status, forKey: .status)
                try c.encode(savedBy, forKey: .savedBy)
            }
        }
        var schema = CommandJSON.schema
        var id: String
        var versions: [Version]

        init(id: RecordID, versions: [RecordVersion]) {
            self.id = id.rawValue
            self.versions = versions.map { Version(number: $0.number, updated: $0.updated, status: $0.status?.rawValue, savedBy: $0.savedBy) }
        }
    }

    /// `decisions --json` (every decision point) and `decisions ID --json`
    /// (that one): the same object, a list of decision points in full.
    struct Decisions: Encodable {
        struct Decision: Encodable {
            struct Outcome: Encodable {
                var id, when, says: String
                var schoolsCall: Bool
                var cites: [String]
                enum CodingKeys: String, CodingKey { case id, when, says, schoolsCall = "schools_call", cites }
            }
            var id, title, summary: String
            var cites: [String]
            var outcomes: [Outcome]
        }
        var schema = CommandJSON.schema
        var decisions: [Decision]

        init(_ points: [DecisionPoint]) {
            decisions = points.map { d in
                Decision(id: d.id, title: d.title, summary: d.summary, cites: d.cites.map(\.value),
                         outcomes: d.outcomes.map { Decision.Outcome(id: $0.id, when: $0.when, says: $0.says, schoolsCall: $0.schoolsCall,
                                                                     cites: $0.cites.map(\.value)) })
            }
        }
    }

    /// `explain ID --json`: each conclusion of a record with the answers
    /// (their keys) it rests on and the guide's paragraphs.
    struct Explanation: Encodable {
        struct Conclusion: Encodable {
            var text: String
            var because: [String]
            var cites: [String]
        }
        var schema = CommandJSON.schema
        var id: String
        var conclusions: [Conclusion]

        init(_ stored: StoredRecord) {
            id = stored.id.rawValue
            conclusions = stored.record.conclusions.map { Conclusion(text: $0.text, because: $0.because, cites: $0.cites) }
        }
    }

    /// `guidance rules --json`: every validation rule with its code.
    struct Rules: Encodable {
        struct Rule: Encodable { var code, summary: String }
        var schema = CommandJSON.schema
        var rules: [Rule]
    }

    /// `guidance check [DIR] --json`: the folder checked, the counts and every problem.
    struct Check: Encodable {
        struct Problem: Encodable {
            var file: String
            var line, column: Int
            var severity, code, message: String
        }
        var schema = CommandJSON.schema
        var folder: String
        var errors, warnings: Int
        var problems: [Problem]

        init(_ report: GuidanceCheck.Report) {
            folder = report.folder
            errors = report.errorCount
            warnings = report.diagnostics.count - report.errorCount
            problems = report.diagnostics.map {
                Problem(file: $0.location.file, line: $0.location.line, column: $0.location.column,
                        severity: $0.severity.rawValue, code: $0.code, message: $0.message)
            }
        }
    }

    /// `version --json`: astpm's version and the guidance it uses.
    struct Version: Encodable {
        struct Guide: Encodable { var title, reference: String }
        var schema = CommandJSON.schema
        var astpm: String
        var guidance: Guide
    }
}

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

    /// `version --json`: astpm's version and the guidance it uses.
    struct Version: Encodable {
        struct Guide: Encodable { var title, reference: String }
        var schema = CommandJSON.schema
        var astpm: String
        var guidance: Guide
    }
}

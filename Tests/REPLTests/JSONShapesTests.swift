import Foundation
import Records
@testable import REPL
import Store
import XCTest

/// `--json` on whatif, explain, guidance check and guidance rules, and ask's
/// one shape (#13): each object has `"schema": 1` and the same keys whatever
/// the answer.
final class JSONShapesTests: MemorySessionTestCase {
    /// The one JSON object a command line printed, with its exit status.
    func json(_ words: String...) throws -> (status: Int32, object: [String: Any]) {
        let before = output.text.count
        let status = session.runCommandLine(words)
        let text = String(output.text.dropFirst(before))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], words.joined(separator: " ") + ": " + text)
        XCTAssertEqual(object["schema"] as? Int, 1, words.joined(separator: " "))
        return (status, object)
    }

    static let answerKeys: Set<String> = ["covered", "verdict", "answer", "reasoning", "citations", "see_also", "nearest", "gap", "facts", "read_as", "needs"]

    func testAskHasTheSameKeysCoveredOrNotAndEchoesTheQuestion() throws {
        let questions = ["can an AST go up two points at once?", "what is the sick pay of an AST?",
                         "the head wants to give our AST two points this September - ok?"]
        for question in questions {
            let (status, object) = try json("ask", "--json", question)
            XCTAssertEqual(status, 0)
            XCTAssertEqual(Set(object.keys), Self.answerKeys.union(["schema", "question"]), question)
            XCTAssertEqual(object["question"] as? String, question)
        }
        let declined = try json("ask", "--json", "what is the sick pay of an AST?").object
        XCTAssertEqual(declined["covered"] as? Bool, false)
        XCTAssertTrue(declined["gap"] is NSNull || declined["gap"] is String)
        XCTAssertEqual((declined["see_also"] as? [String])?.isEmpty, true, "an empty list, not a missing key")
        let covered = try json("ask", "--json", "can an AST go up two points at once?").object
        XCTAssertEqual((covered["nearest"] as? [String])?.isEmpty, true)
        XCTAssertTrue(covered["gap"] is NSNull)
        let reasoning = try XCTUnwrap((covered["reasoning"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(reasoning.keys), ["text", "cites", "schools_call"])
    }

    func testWhatIfTakesJSONWithTheAnswersKeys() throws {
        for words in [["whatif", "pay", "--point", "3", "--json"], ["whatif", "--json", "capability"], ["whatif", "pay", "--json"]] {
            let before = output.text.count
            XCTAssertEqual(session.runCommandLine(words), 0, output.errors)
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(String(output.text.dropFirst(before)).utf8)) as? [String: Any])
            XCTAssertEqual(Set(object.keys), Self.answerKeys.union(["schema", "whatif", "record"]), words.joined(separator: " "))
            XCTAssertEqual(object["whatif"] as? String, words.contains("pay") ? "pay" : "capability")
            XCTAssertTrue(object["record"] is NSNull)
        }
    }

    func testExplainTakesJSON() throws {
        let saved = try store.create(Record(kind: .review, status: .agreed, ast: "Sam Lee", cycle: "2025-26", created: "2026-07-01",
                                            conclusions: [Conclusion(text: "One point.", cites: ["qa.14"], because: ["points"])]))
        let (status, object) = try json("explain", saved.id.rawValue, "--json")
        XCTAssertEqual(status, 0)
        XCTAssertEqual(Set(object.keys), ["schema", "id", "conclusions"])
        let conclusion = try XCTUnwrap((object["conclusions"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(conclusion.keys), ["text", "because", "cites"])
        XCTAssertEqual(conclusion["cites"] as? [String], ["qa.14"])
        let empty = try store.create(Record(kind: .planning, status: .draft, ast: "Sam Lee", cycle: "2025-26", created: "2026-07-01"))
        XCTAssertEqual((try json("explain", "--json", empty.id.rawValue).object["conclusions"] as? [Any])?.count, 0)
    }

    func testGuidanceCheckAndRulesTakeJSON() throws {
        let rules = try json("guidance", "rules", "--json").object
        XCTAssertEqual(Set(rules.keys), ["schema", "rules"])
        XCTAssertEqual(Set(try XCTUnwrap((rules["rules"] as? [[String: Any]])?.first).keys), ["code", "summary"])
        let clean = try json("guidance", "check", GuidanceLoaderPath.builtIn, "--json")
        XCTAssertEqual(clean.status, 0)
        XCTAssertEqual(Set(clean.object.keys), ["schema", "folder", "errors", "warnings", "problems"])
        XCTAssertEqual(clean.object["errors"] as? Int, 0)
        let broken = try json("guidance", "check", "--json", "/nonexistent-guidance")
        XCTAssertEqual(broken.status, 1)
        XCTAssertEqual(Set(broken.object.keys), Set(clean.object.keys))
        let problem = try XCTUnwrap((broken.object["problems"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(problem.keys), ["file", "line", "column", "severity", "code", "message"])
        XCTAssertEqual(problem["code"] as? String, "G001")
        XCTAssertEqual(session.runCommandLine(["guidance", "check", "--yaml"]), 2)
    }
}

import Foundation
import Guidance
import Records
@testable import REPL
import Store
import XCTest

/// One command layer (#13): every command's declaration feeds the REPL line,
/// the command line, `help`, `NAME --help` and Tab completion; usage errors
/// are typed and give status 2 on the command line, failures 1.
final class CommandLayerTests: MemorySessionTestCase {
    /// The words people type to leave a prompt all leave, and none is read as a question.
    func testTheUsualWaysOfLeavingAllQuit() {
        for word in ["quit", "exit", "q", ":q", "bye", "logout", "EXIT"] {
            let r = run(word)
            guard case .quit = r.outcome else { return XCTFail("\(word) did not quit: \(r.out)") }
            XCTAssertFalse(r.out.contains("guide"), word)
        }
    }

    // MARK: help

    func testEveryCommandTakesHelpAfterItAndPrintsWhatHelpNamePrints() throws {
        XCTAssertGreaterThan(session.context.commands.count, 20)
        // A hidden command (`__complete`) takes its words verbatim, --help included.
        for command in session.context.commands where !command.spec.hidden {
            let name = command.name
            let help = run("help \(name)")
            XCTAssertEqual(help.err, "", name)
            XCTAssertTrue(help.out.hasPrefix(command.usage + "\n"), name + ": " + help.out)
            for flag in ["--help", "-h"] {
                let line = run("\(name) \(flag)")
                XCTAssertEqual(line.out, help.out, "\(name) \(flag)")
                XCTAssertEqual(line.err, "", "\(name) \(flag)")
                XCTAssertEqual(line.outcome, .continueSession, "\(name) \(flag) only prints help")
                let oneShot = commandLine(name, flag)
                XCTAssertEqual(oneShot.status, 0, "astpm \(name) \(flag): \(oneShot.err)")
                XCTAssertEqual(oneShot.out, help.out, "astpm \(name) \(flag)")
            }
            for alias in command.aliases { XCTAssertEqual(run("\(alias) --help").out, help.out, alias) }
        }
        XCTAssertEqual(session.context.mode == nil, true, "no --help started an interview")
        XCTAssertEqual(try store.list().records.count, 0, "no --help saved anything")
    }

    func testHelpListsTheDeclaredOptionsAndHelpItself() {
        let due = run("due --help").out
        XCTAssertTrue(due.contains("Options:\n  --days N    look N days ahead instead of 14 (0 to 731)\n"), due)
        XCTAssertTrue(due.contains("\n  -h, --help  this help\n"), due)
        XCTAssertTrue(run("quit -h").out.contains("Also typed as: exit"))
        // Help after other words and options too, as git does; not after '--'.
        XCTAssertEqual(run("records kind=review --help").out, run("help records").out)
        XCTAssertEqual(run("whatif pay --point 3 -h").out, run("help whatif").out)
        let list = run("help").out
        for command in session.context.commands {
            XCTAssertEqual(list.contains("  " + command.name), !command.spec.hidden, command.name)
        }
        XCTAssertTrue(list.hasPrefix("Commands (help NAME, or NAME --help, for details):"), list)
    }

    func testAskHelpIsHelpNotAQuestion() {
        for line in ["ask --help", "ask -h", "ask --json --help"] {
            let result = run(line)
            XCTAssertTrue(result.out.hasPrefix("ask [--json] QUESTION\n"), line + ": " + result.out)
            XCTAssertFalse(result.out.contains("Cited"), line)
        }
        // Only options at the start are read: a dash later is part of the question.
        XCTAssertFalse(run("ask what does -h mean for pay").out.hasPrefix("ask [--json]"))
    }

    func testImportHelpOpensNoFileCalledHelp() throws {
        let result = commandLine("import", "--help")
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.hasPrefix("import [--dry-run|-n] [--] FILE...\n"), result.out)
        XCTAssertEqual(result.err, "")
        XCTAssertEqual(try store.list().records.count, 0)
        // After '--' it is a file name like any other.
        let named = commandLine("import", "--", "--help")
        XCTAssertEqual(named.status, 1)
        XCTAssertTrue(named.err.contains("--help"), named.err)
    }

    // MARK: exit status

    func testUsageErrorsGiveStatusTwoFailuresOneAndSuccessZero() throws {
        for words in [["records", "--bogus"], ["records", "colour=red"], ["history"], ["show"], ["find"], ["import"],
                      ["restore", "x"], ["due", "--days", "many"], ["export", "x", "--format", "pdf"], ["whatif"],
                      ["whatif", "pay", "--point", "three"], ["start", "nonsense"], ["decisions", "a", "b"],
                      ["guidance", "what"], ["config", "set"], ["help", "nothing-of-the-kind"], ["report"]] {
            let result = session.runCommandLine(words)
            XCTAssertEqual(result, 2, words.joined(separator: " ") + ": " + output.errors)
        }
        for words in [["show", "nobody-0000/2025-26-review"], ["decisions", "no-such-decision"], ["import", "/nonexistent/x.md"]] {
            XCTAssertEqual(session.runCommandLine(words), 1, words.joined(separator: " ") + ": " + output.errors)
        }
        XCTAssertEqual(commandLine("version").status, 0)
        XCTAssertEqual(commandLine("records").status, 0)
        let unknown = commandLine("records", "--bogus")
        XCTAssertTrue(unknown.err.contains("'records' has no option '--bogus' (it takes --json); nothing was done."), unknown.err)
        XCTAssertEqual(unknown.out, "")
    }

    func testAnUnknownFirstWordOnTheCommandLineIsAUsageErrorWithAHint() {
        let ls = commandLine("ls")
        XCTAssertEqual(ls.status, 2)
        XCTAssertEqual(ls.out, "")
        XCTAssertTrue(ls.err.hasPrefix("astpm: 'ls' is not an astpm command."), ls.err)
        XCTAssertTrue(ls.err.contains("To ask the guide a question: astpm ask \"ls\""), ls.err)
        let fettle = commandLine("fettle")
        XCTAssertEqual(fettle.status, 2)
        XCTAssertFalse(fettle.err.contains("Did you mean"), fettle.err)
        XCTAssertTrue(fettle.err.contains("astpm ask \"fettle\""), fettle.err)
        let typo = commandLine("recrods", "--json")
        XCTAssertEqual(typo.status, 2)
        XCTAssertTrue(typo.err.contains("Did you mean 'records'?"), typo.err)
        let question = commandLine("can", "she", "go", "up", "two", "points?")
        XCTAssertEqual(question.status, 2)
        XCTAssertTrue(question.err.contains("astpm ask \"can she go up two points?\""), question.err)
        XCTAssertTrue(commandLine("what's", "\"top\"").err.contains("astpm ask 'what'\\''s \"top\"'"))
    }

    func testFreeTextAtThePromptIsStillAQuestion() {
        let result = run("fettle")
        XCTAssertEqual(result.err, "")
        XCTAssertFalse(result.out.contains("not an astpm command"))
        XCTAssertFalse(result.out.isEmpty)
        XCTAssertTrue(run("recrods").err.contains("'recrods' is not a command — did you mean 'records'?"))
    }

    // MARK: the argument vector

    func testTheCommandLineWordsReachTheCommandAsTheyAre() throws {
        let quoted = Record(kind: .review, status: .agreed, ast: "Sam Lee", cycle: "2025-26", created: "2026-07-01",
                            notes: "She asked about the \"pay review\" in June.")
        let plain = Record(kind: .review, status: .agreed, ast: "Ann Cole", cycle: "2025-26", created: "2026-07-01",
                           notes: "Talked about the pay range.")
        _ = try store.create(quoted)
        _ = try store.create(plain)
        let found = commandLine("find", "the \"pay")
        XCTAssertEqual(found.status, 0, found.err)
        XCTAssertTrue(found.out.contains("Sam Lee"), found.out)
        XCTAssertFalse(found.out.contains("Ann Cole"), "the quote is part of the text searched: " + found.out)
        XCTAssertTrue(found.out.contains("1 record found."), found.out)
        // A word starting with '-' after '--' is text to find.
        XCTAssertEqual(commandLine("find", "--", "-5%").status, 0)
        XCTAssertTrue(commandLine("find", "the", "pay").out.contains("Ann Cole"), "several words are one phrase")
    }

    // MARK: --json

    /// The JSON object a line printed.
    func json(_ line: String) throws -> [String: Any] {
        let result = run(line)
        XCTAssertEqual(result.err, "", line)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any], line + ": " + result.out)
    }

    func testHistoryDecisionsAndVersionTakeJSONWithASchemaAndTheSameKeysWhateverTheAnswer() throws {
        let version = try json("version --json")
        XCTAssertEqual(version["schema"] as? Int, 1)
        XCTAssertEqual(version["astpm"] as? String, REPLSession.version)
        XCTAssertEqual((version["guidance"] as? [String: Any])?["reference"] as? String, "DfES/0143/2004")

        let first = try store.create(Record(kind: .review, status: .draft, ast: "Sam Lee", cycle: "2025-26", created: "2026-07-01"))
        let none = try json("history \(first.id) --json")
        XCTAssertEqual(Set(none.keys), ["schema", "id", "versions"])
        XCTAssertEqual(none["schema"] as? Int, 1)
        XCTAssertEqual((none["versions"] as? [Any])?.count, 0, "no earlier version: an empty list, not a missing key")
        _ = try store.update(first.id, Record(kind: .review, status: .agreed, ast: "Sam Lee", cycle: "2025-26", created: "2026-07-01"),
                             expectedRevision: first.revision)
        let one = try json("history --json \(first.id)")
        XCTAssertEqual(Set(one.keys), ["schema", "id", "versions"])
        let versions = try XCTUnwrap(one["versions"] as? [[String: Any]])
        XCTAssertEqual(versions.count, 1)
        XCTAssertEqual(Set(versions[0].keys), ["number", "updated", "status", "saved_by"], "unknown values are null, never left out")
        XCTAssertEqual(versions[0]["status"] as? String, "draft")

        let all = try json("decisions --json")
        XCTAssertEqual(Set(all.keys), ["schema", "decisions"])
        let points = try XCTUnwrap(all["decisions"] as? [[String: Any]])
        XCTAssertEqual(points.count, TranscriptRunner.guidance.decisions.count)
        let id = try XCTUnwrap(points.first?["id"] as? String)
        let single = try json("decisions \(id) --json")
        XCTAssertEqual(Set(single.keys), ["schema", "decisions"])
        let point = try XCTUnwrap((single["decisions"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(point.keys), ["id", "title", "summary", "cites", "outcomes"])
        XCTAssertEqual(Set(point.keys), Set(points[0].keys))
        let outcome = try XCTUnwrap((point["outcomes"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(outcome.keys), ["id", "when", "says", "schools_call", "cites"])

        XCTAssertEqual(commandLine("version", "--yaml").status, 2)
        XCTAssertEqual(commandLine("history", "--json").status, 2)
    }

    // MARK: completion

    func testTabCompletesTheDeclaredOptionsOfEveryCommand() {
        XCTAssertEqual(session.completions(for: "records --"), ["--json", "--help"])
        XCTAssertTrue(session.completions(for: "due --d").contains("--days"))
        XCTAssertEqual(session.completions(for: "history --h"), ["--help"])
        XCTAssertEqual(session.completions(for: "import -"), ["--dry-run", "-n", "--help"])
        XCTAssertEqual(session.completions(for: "ask --j"), ["--json"])
        XCTAssertEqual(session.completions(for: "ask what is --j"), [], "a question's words are not options")
        XCTAssertTrue(session.completions(for: "whatif pay --ra").contains("--range-start"))
        XCTAssertEqual(session.completions(for: "rec"), ["records"])
    }

    func testTheExecutablesHelpListsTheSameCommands() {
        let specs = CommandRegistry.specs
        XCTAssertEqual(specs.map(\.name), session.context.commands.map(\.name))
        for spec in specs { XCTAssertFalse(spec.summary.isEmpty, spec.name); XCTAssertFalse(spec.usage.isEmpty, spec.name) }
        XCTAssertEqual(Set(specs.flatMap { [$0.name] + $0.aliases }).count, specs.map { 1 + $0.aliases.count }.reduce(0, +),
                       "no name is declared twice")
    }
}

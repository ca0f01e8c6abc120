import Foundation
import Guidance
import Records
@testable import REPL
import Store
import XCTest

/// The git store's commands (`store init --git`, `log`, `sync`) through a REPL
/// session and the one-shot command line, over file stores with the real git.
final class GitCommandsTests: XCTestCase {
    var sandbox: GitSandbox!
    var output: BufferedOutput!

    override func setUpWithError() throws {
        sandbox = try GitSandbox(self)
        output = BufferedOutput()
    }

    /// A session over the store at `folder` (opened with the sandbox's git).
    func session(_ folder: URL, savedBy: String = "femi@staffroom-pc") throws -> (REPLSession, FileRecordStore) {
        let store = try sandbox.store(folder, savedBy: savedBy)
        let guidance = GuidanceSet(outline: GuideOutline(title: "Guide", reference: "DfES/0143/2004", sections: []))
        let context = REPLContext(guidance: guidance, store: store, output: output, style: OutputStyle(width: 400),
                                  storeDescription: folder.lastPathComponent)
        return (REPLSession(context: context), store)
    }

    /// A one-shot command: status, output, errors.
    func commandLine(_ session: REPLSession, _ words: String...) -> (status: Int32, out: String, err: String) {
        let before = (output.text.count, output.errors.count)
        let status = session.runCommandLine(words)
        return (status, String(output.text.dropFirst(before.0)), String(output.errors.dropFirst(before.1)))
    }

    func testStoreInitGitMakesTheStoreAGitStoreWithOriginAndSavesCommit() throws {
        let remote = try sandbox.bareRemote()
        let (session, store) = try session(sandbox.path("records"))
        _ = try store.create(GitSamples.review())
        let r = commandLine(session, "store", "init", "--git", remote.path)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("records is now a git store: every save is a commit."), r.out)
        XCTAssertTrue(r.out.contains("Committed 2 files not yet in git."), r.out)
        XCTAssertTrue(r.out.contains("Remote origin: \(remote.path)"), r.out)
        XCTAssertEqual(try sandbox.git(["remote", "get-url", "origin"], in: store.root), remote.path + "\n")
        XCTAssertEqual(try sandbox.git(["status", "--porcelain"], in: store.root), "")
        let again = commandLine(session, "store", "init", "--git")
        XCTAssertEqual(again.status, 0, again.err)
        XCTAssertTrue(again.out.contains("is a git store already"), again.out)
    }

    func testStoreInitUsageAndAStoreWithNoFolderCannotBeAGitStore() throws {
        let (session, _) = try session(sandbox.path("records"))
        XCTAssertEqual(commandLine(session, "store", "init", "/some/remote.git").status, 2, "a remote without --git")
        XCTAssertEqual(commandLine(session, "store", "fettle").status, 2)
        XCTAssertEqual(commandLine(session, "store", "--bogus").status, 2)
        let memory = REPLSession(context: REPLContext(guidance: GuidanceSet(outline: GuideOutline(title: "G", reference: "R", sections: [])),
                                                      store: MemoryRecordStore(), output: output))
        let before = output.errors.count
        XCTAssertEqual(memory.runCommandLine(["store", "init", "--git"]), 1)
        XCTAssertTrue(String(output.errors.dropFirst(before)).contains("cannot be a git store"), output.errors)
    }

    func testDoctorChecksTheGitFolderItselfButNotGitsOwnFiles() throws {
        let (_, store) = try session(sandbox.path("records"))
        _ = try store.startSharing(remote: nil)
        _ = try store.create(GitSamples.review())
        let entries = DoctorSurvey.modes(under: store.root.path, shownAs: "S")
        XCTAssertTrue(entries.contains { $0.path == "S/.git" && $0.isFolder && $0.mode == 0o700 }, "\(entries)")
        XCTAssertFalse(entries.contains { $0.path.hasPrefix("S/.git/") }, "git's own files are git's")
        var facts = DoctorTests.facts()
        facts.entries = entries
        XCTAssertTrue(DoctorCheck.modes(facts).ok, "\(entries)")
    }
}

/// `log ID`: the audit trail from git.
extension GitCommandsTests {
    func testLogShowsEachCommitOfTheRecordNewestFirstAndAsJSON() throws {
        let (session, store) = try session(sandbox.path("records"))
        _ = try store.startSharing(remote: nil)
        let first = try store.create(GitSamples.review())
        _ = try store.update(first.id, GitSamples.review(points: "2"), expectedRevision: first.revision)
        _ = try store.create(GitSamples.evidence(items: ["a"]))
        let r = commandLine(session, "log", "sian-prothero-ab12/2025-26-rev")
        XCTAssertEqual(r.status, 0, r.err)
        let lines = r.out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "Audit trail of sian-prothero-ab12/2025-26-review (newest first):")
        XCTAssertEqual(lines.count, 3, r.out)
        XCTAssertTrue(lines[1].hasSuffix("Femi Adeyemi <femi@school.example>  astpm: save 2025-26/review for sian-prothero-ab12 (version 2)"), lines[1])
        XCTAssertTrue(lines[2].hasSuffix("astpm: save 2025-26/review for sian-prothero-ab12 (version 1)"), lines[2])
        XCTAssertTrue(lines[1].dropFirst(2).prefix(4).allSatisfy(\.isNumber), "a date first: \(lines[1])")

        let json = commandLine(session, "log", "sian-prothero-ab12/2025-26-review", "--json")
        XCTAssertEqual(json.status, 0, json.err)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        XCTAssertEqual(object["schema"] as? Int, 1)
        XCTAssertEqual(object["id"] as? String, "sian-prothero-ab12/2025-26-review")
        let entries = try XCTUnwrap(object["entries"] as? [[String: Any]])
        XCTAssertEqual(entries.count, 2)
        XCTAssertEqual(Set(entries[0].keys), ["commit", "date", "author", "email", "message"])
        XCTAssertEqual(entries[0]["author"] as? String, "Femi Adeyemi")

        let help = commandLine(session, "log", "--help")
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.out.hasPrefix("log ID [--json]"), help.out)
        XCTAssertEqual(commandLine(session, "log").status, 2)
        XCTAssertEqual(commandLine(session, "log", "nobody-0000/2025-26-review").status, 1)
        XCTAssertTrue(commandLine(session, "store").out.contains("It is a git store"))
    }

    func testLogSaysPlainlyWhenTheStoreIsNotAGitStore() throws {
        let (session, store) = try session(sandbox.path("plain"))
        let saved = try store.create(GitSamples.review())
        let r = commandLine(session, "log", saved.id.rawValue)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("is not a git store"), r.err)
        XCTAssertTrue(r.err.contains("store init --git"), r.err)
        XCTAssertEqual(r.out, "")
    }
}

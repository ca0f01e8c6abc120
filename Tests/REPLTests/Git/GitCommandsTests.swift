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

import Foundation
import Records
@testable import Store
import XCTest

/// A store that is a git work tree, with the real git: every save is one
/// commit whose message names the record and never what it says.
final class GitStoreTests: XCTestCase {
    func testEverySaveInAGitStoreIsOneCommitNamingTheRecordAndNotItsContent() throws {
        let sandbox = try GitSandbox(self)
        let store = try sandbox.store(sandbox.path("store"))
        XCTAssertNil(store.repository, "a plain folder is not a git store")
        let setup = try store.startSharing(remote: nil)
        XCTAssertTrue(setup.createdRepository)
        XCTAssertNotNil(store.repository)
        let first = try store.create(GitSamples.review())
        XCTAssertNil(first.warning)
        _ = try store.update(first.id, GitSamples.review(points: "2"), expectedRevision: first.revision)
        let subjects = try sandbox.subjects(store.root)
        XCTAssertEqual(subjects, [
            "astpm: save 2025-26/review for sian-prothero-ab12 (version 2)",
            "astpm: save 2025-26/review for sian-prothero-ab12 (version 1)",
            "astpm: start sharing the store through git (0 record files)",
        ])
        let messages = try sandbox.git(["log", "--format=%B"], in: store.root)
        XCTAssertTrue(messages.contains("Record: sian-prothero-ab12/2025-26-review"), messages)
        for personal in ["Siân", "Prothero", "mother", "fractions", "Strong year"] {
            XCTAssertFalse(messages.contains(personal), "a commit message holds '\(personal)':\n\(messages)")
        }
        XCTAssertEqual(try sandbox.git(["status", "--porcelain"], in: store.root), "", "nothing left uncommitted")
        _ = try store.restore(first.id, version: 1)
        XCTAssertEqual(try sandbox.subjects(store.root).first, "astpm: restore version 1 of 2025-26/review for sian-prothero-ab12 (version 3)")
        // A second handle (another process) sees the same git store and commits too.
        let again = try sandbox.store(store.root)
        XCTAssertNotNil(again.repository)
    }

    func testOnlyRecordsAndTheGitignoreAreSharedNotSessionsHistoryIndexOrLock() throws {
        let sandbox = try GitSandbox(self)
        let store = try sandbox.store(sandbox.path("store"))
        let saved = try store.create(GitSamples.review())
        try store.saveSession("review-1", Array("answers".utf8))
        _ = try store.update(saved.id, GitSamples.review(points: "3"), expectedRevision: saved.revision)
        _ = try store.list()  // writes the index
        let setup = try store.startSharing(remote: nil)
        XCTAssertEqual(setup.committedFiles, 2, "the .gitignore and the one record")
        let tracked = try sandbox.git(["ls-files"], in: store.root).split(separator: "\n").map(String.init)
        XCTAssertEqual(tracked, [".gitignore", "sian-prothero-ab12/2025-26-review.md"])
        for local in [".sessions/review-1.session", ".index", ".lock", "sian-prothero-ab12/.history/2025-26-review.1.md",
                      "sian-prothero-ab12/.2025-26-review.md.tmp-x", "notes.txt", "sian-prothero-ab12/scan.pdf"] {
            let r = try sandbox.runner.run(["check-ignore", "--quiet", "--no-index", local], in: store.root.path)
            XCTAssertEqual(r.status, 0, "\(local) should stay on this machine")
        }
        XCTAssertEqual(GitSandbox.mode(store.root.appendingPathComponent(".gitignore")), 0o600)
        XCTAssertEqual(GitSandbox.mode(store.root.appendingPathComponent(".git")), 0o700)
    }

    func testTheAuthorIsGitsOwnElseAnAstpmIdentityPassedWithoutChangingAnyConfig() throws {
        let configured = try GitSandbox(self)
        let a = try configured.store(configured.path("a"))
        _ = try a.startSharing(remote: nil)
        _ = try a.create(GitSamples.review())
        XCTAssertEqual(try configured.git(["log", "-1", "--format=%an <%ae>"], in: a.root), "Femi Adeyemi <femi@school.example>\n")

        let bare = try GitSandbox(self, identity: false)
        let b = try bare.store(bare.path("b"), savedBy: "jo@laptop")
        _ = try b.startSharing(remote: nil)
        let saved = try b.create(GitSamples.review())
        XCTAssertNil(saved.warning)
        XCTAssertEqual(try bare.git(["log", "-1", "--format=%an <%ae>"], in: b.root), "jo (astpm) <jo@laptop>\n")
        let name = try bare.runner.run(["config", "user.name"], in: b.root.path)
        XCTAssertNotEqual(name.status, 0, "astpm set no user.name in any config file: \(name.text)")
    }

    func testASaveWhoseCommitFailsStaysSavedWithAWarning() throws {
        let sandbox = try GitSandbox(self)
        let store = try sandbox.store(sandbox.path("store"))
        _ = try store.startSharing(remote: nil)
        let hook = store.root.appendingPathComponent(".git/hooks/pre-commit")
        try "#!/bin/sh\necho 'refused by a test hook' >&2\nexit 1\n".write(to: hook, atomically: false, encoding: .utf8)
        chmod(hook.path, 0o755)
        let saved = try store.create(GitSamples.review())
        let warning = try XCTUnwrap(saved.warning)
        XCTAssertTrue(warning.contains("the record is saved, but git could not commit it"), warning)
        XCTAssertEqual(try store.load(saved.id).record, saved.record, "the record is on disk")
        XCTAssertEqual(try sandbox.subjects(store.root).count, 1, "only the start of sharing was committed")
    }

    func testStoreInitAddsOriginOnceAndRefusesToReplaceIt() throws {
        let sandbox = try GitSandbox(self)
        let remote = try sandbox.bareRemote()
        let store = try sandbox.store(sandbox.path("store"))
        let first = try store.startSharing(remote: remote.path)
        XCTAssertTrue(first.remoteAdded)
        XCTAssertEqual(first.remote, remote.path)
        let again = try store.startSharing(remote: remote.path)
        XCTAssertFalse(again.createdRepository)
        XCTAssertFalse(again.remoteAdded)
        XCTAssertThrowsError(try store.startSharing(remote: "/elsewhere.git")) { error in
            XCTAssertTrue("\(error)".contains("origin is already \(remote.path)"), "\(error)")
        }
    }

    func testAStoreInsideSomeoneElsesRepositoryIsNotAGitStore() throws {
        let sandbox = try GitSandbox(self)
        let outer = sandbox.path("home-in-git")
        try FileManager.default.createDirectory(at: outer, withIntermediateDirectories: true)
        try sandbox.git(["init", "--quiet"], in: outer)
        let store = try sandbox.store(outer.appendingPathComponent("records"))
        XCTAssertNil(store.repository)
        _ = try store.create(GitSamples.review())
        XCTAssertNotEqual(try sandbox.runner.run(["rev-parse", "--verify", "HEAD"], in: outer.path).status, 0, "nothing committed in the outer repository")
    }
}

extension GitStoreTests {
    func testARemotesPasswordIsNeverShown() {
        XCTAssertEqual(GitRepository.shown("https://jo:s3cret@git.example.org/pm.git"), "https://jo:***@git.example.org/pm.git")
        XCTAssertEqual(GitRepository.shown("https://jo@git.example.org/pm.git"), "https://jo@git.example.org/pm.git")
        XCTAssertEqual(GitRepository.shown("me@server:/srv/git/pm.git"), "me@server:/srv/git/pm.git")
        XCTAssertEqual(GitRepository.shown("/srv/git/pm.git"), "/srv/git/pm.git")
    }

    func testFilesAtCommitsAreReadInOneBatch() throws {
        let sandbox = try GitSandbox(self)
        let store = try sandbox.store(sandbox.path("store"))
        _ = try store.startSharing(remote: nil)
        let saved = try store.create(GitSamples.review())
        let repo = try XCTUnwrap(store.repository)
        let path = saved.id.rawValue + ".md"
        let found = try repo.blobs(["HEAD:" + path, "HEAD:nobody/none.md", "HEAD:.gitignore"])
        XCTAssertEqual(found["HEAD:" + path] ?? nil, try store.exportBytes(saved.id))
        XCTAssertEqual(found["HEAD:nobody/none.md"] ?? [9], nil)
        XCTAssertEqual((found["HEAD:.gitignore"] ?? nil).map { String(decoding: $0, as: UTF8.self) }, GitStoreFiles.gitignore)
    }
}

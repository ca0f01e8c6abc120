import Foundation
import Guidance
import Records
@testable import REPL
@testable import Store
import XCTest

/// `sync` with the real git: a bare remote on a local path, clones of it as
/// other machines, edits to different fields and to the same field of one
/// record, evidence logs, agreed records, a push race, a remote that refuses
/// and a remote that is not there. No timing is measured or assumed.
final class GitSyncTests: XCTestCase {
    var sandbox: GitSandbox!
    var remote: URL!

    override func setUpWithError() throws {
        sandbox = try GitSandbox(self)
        remote = try sandbox.bareRemote()
    }

    /// The first machine: a git store with `record` saved and sent to the remote.
    func firstMachine(_ record: Record = GitSamples.review(), runner: GitRunner? = nil) throws -> (FileRecordStore, RecordID) {
        let store = try FileRecordStore(root: sandbox.path("a"), savedBy: "femi@school-pc", makeSuffix: { "ab12" }, git: runner ?? sandbox.runner)
        _ = try store.startSharing(remote: remote.path)
        let saved = try store.create(record)
        _ = try XCTUnwrap(store.sharing).sync(progress: { _ in })
        return (store, saved.id)
    }

    /// Another machine: a `git clone` of the remote opened as a store.
    func otherMachine(_ name: String, runner: GitRunner? = nil) throws -> FileRecordStore {
        let url = try sandbox.clone(remote, as: name)
        return try FileRecordStore(root: url, savedBy: "\(name)@home-laptop", makeSuffix: { "cd34" }, git: runner ?? sandbox.runner)
    }

    func edit(_ store: FileRecordStore, _ id: RecordID, _ change: (inout Record) -> Void) throws {
        let current = try store.load(id)
        var record = current.record
        change(&record)
        let saved = try store.update(id, record, expectedRevision: current.revision)
        XCTAssertNil(saved.warning)
    }

    func field(_ store: FileRecordStore, _ id: RecordID, _ key: String) throws -> RecordValue? {
        try store.load(id).record.fields.first { $0.key == key }?.value
    }

    func sync(_ store: FileRecordStore) throws -> SyncReport {
        try XCTUnwrap(store.sharing).sync(progress: { _ in })
    }

    func fileText(_ store: FileRecordStore, _ id: RecordID) throws -> String {
        try String(contentsOfFile: store.path(of: id), encoding: .utf8)
    }

    // MARK: merging

    func testDifferentFieldsChangedOnTwoMachinesMergeSilentlyWithNoConflictMarkers() throws {
        let (a, id) = try firstMachine()
        let b = try otherMachine("b")
        try edit(a, id) { $0.fields[0].value = .text("2") }                      // points, at school
        try edit(b, id) { $0.fields[2].value = .text("Strong year in ratio") }   // summary, at home
        XCTAssertEqual(try sync(a).pushed, 1)
        let report = try sync(b)
        XCTAssertEqual(report.merged, [id])
        XCTAssertEqual(report.received, [id])
        XCTAssertEqual(try field(b, id, "points"), .text("2"))
        XCTAssertEqual(try field(b, id, "summary"), .text("Strong year in ratio"))
        XCTAssertFalse(try fileText(b, id).contains("<<<<<<<"))
        XCTAssertFalse(try fileText(b, id).contains(">>>>>>>"))
        XCTAssertEqual(try sync(a).received, [id], "the first machine gets the merge")
        XCTAssertEqual(try fileText(a, id), try fileText(b, id))
        XCTAssertEqual(try sandbox.git(["status", "--porcelain"], in: b.root), "")
        XCTAssertTrue(try sandbox.subjects(b.root).first?.hasPrefix("astpm: sync: merge 1 record file from origin (1 merged field by field)") == true)
    }

    func testTheSameFieldChangedDifferentlyStopsTheSyncListingItAndChangesNothing() throws {
        let (a, id) = try firstMachine()
        let b = try otherMachine("b")
        try edit(a, id) { $0.fields[0].value = .text("2") }
        try edit(a, id) { $0.notes = "School note" }
        try edit(b, id) { $0.fields[0].value = .text("3") }
        try edit(b, id) { $0.fields[2].value = .text("Changed at home") }
        _ = try sync(a)
        let head = try sandbox.git(["rev-parse", "HEAD"], in: b.root)
        let bytes = try fileText(b, id)
        XCTAssertThrowsError(try sync(b)) { error in
            guard case SharingError.conflicts(let records) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(records.map(\.id), [id])
            XCTAssertEqual(records[0].conflicts.map(\.field), ["fields.points"])
            XCTAssertEqual(records[0].conflicts[0].ours, "3")
            XCTAssertEqual(records[0].conflicts[0].theirs, "2")
            XCTAssertTrue("\(error)".contains("\(id)  fields.points: here \"3\", there \"2\""), "\(error)")
            XCTAssertTrue("\(error)".contains("Nothing was changed."), "\(error)")
        }
        XCTAssertEqual(try sandbox.git(["rev-parse", "HEAD"], in: b.root), head)
        XCTAssertEqual(try fileText(b, id), bytes)
        XCTAssertEqual(try sandbox.git(["status", "--porcelain"], in: b.root), "")
        XCTAssertNotEqual(try sandbox.runner.run(["rev-parse", "--verify", "--quiet", "MERGE_HEAD"], in: b.root.path).status, 0)
    }

    func testAtATerminalEachConflictIsShownAndThePersonPicksASide() throws {
        let (a, id) = try firstMachine()
        let b = try otherMachine("b")
        try edit(a, id) { $0.fields[0].value = .text("2"); $0.notes = "School" }
        try edit(b, id) { $0.fields[0].value = .text("3"); $0.notes = "Home" }
        _ = try sync(a)
        let output = BufferedOutput()
        let session = REPLSession(context: REPLContext(guidance: GuidanceFixture.empty, store: b, output: output, style: OutputStyle(width: 1000)))
        var answers = ["x", "t", "h"]
        var asked: [String] = []
        session.context.askLine = { prompt in
            asked.append(prompt)
            return answers.isEmpty ? nil : answers.removeFirst()
        }
        XCTAssertEqual(session.runCommandLine(["sync"]), 0, output.errors)
        XCTAssertEqual(asked.count, 3, "one refused answer asked again: \(asked)")
        XCTAssertTrue(output.text.contains("\(id): 'notes' was changed differently here and on the other machine.\n  here:  Home\n  there: School"), output.text)
        XCTAssertTrue(output.text.contains("Settled 2 fields changed on both sides as you picked."), output.text)
        XCTAssertEqual(try b.load(id).record.notes, "School", "taken from there")
        XCTAssertEqual(try field(b, id, "points"), .text("3"), "kept from here")
        _ = try sync(a)
        XCTAssertEqual(try fileText(a, id), try fileText(b, id))
    }

    /// A text field changed on both sides can be settled by typing the value
    /// both machines should keep; that value is what syncs back.
    func testAtATerminalAConflictingTextCanBeEditedToANewValue() throws {
        let (a, id) = try firstMachine()
        let b = try otherMachine("b")
        try edit(a, id) { $0.notes = "School" }
        try edit(b, id) { $0.notes = "Home" }
        _ = try sync(a)
        let output = BufferedOutput()
        let session = REPLSession(context: REPLContext(guidance: GuidanceFixture.empty, store: b, output: output, style: OutputStyle(width: 1000)))
        var answers = ["e", "", "e", "Agreed at the July meeting"]
        var asked: [String] = []
        session.context.askLine = { prompt in
            asked.append(prompt)
            return answers.isEmpty ? nil : answers.removeFirst()
        }
        XCTAssertEqual(session.runCommandLine(["sync"]), 0, output.errors)
        XCTAssertTrue(asked.first?.contains("[e]dit") ?? false, "\(asked)")
        XCTAssertEqual(asked.count, 4, "an empty new value goes back to the choice: \(asked)")
        XCTAssertEqual(try b.load(id).record.notes, "Agreed at the July meeting")
        _ = try sync(a)
        XCTAssertEqual(try a.load(id).record.notes, "Agreed at the July meeting")
    }

    func testAtATerminalEnterStopsTheSyncAndNothingChanges() throws {
        let (a, id) = try firstMachine()
        let b = try otherMachine("b")
        try edit(a, id) { $0.fields[0].value = .text("2") }
        try edit(b, id) { $0.fields[0].value = .text("3") }
        _ = try sync(a)
        let head = try sandbox.git(["rev-parse", "HEAD"], in: b.root)
        let output = BufferedOutput()
        let session = REPLSession(context: REPLContext(guidance: GuidanceFixture.empty, store: b, output: output, style: OutputStyle(width: 1000)))
        session.context.askLine = { _ in "" }
        XCTAssertEqual(session.runCommandLine(["sync"]), 1)
        XCTAssertTrue(output.errors.contains("\(id)  fields.points: here \"3\", there \"2\""), output.errors)
        XCTAssertEqual(try sandbox.git(["rev-parse", "HEAD"], in: b.root), head)
        XCTAssertEqual(try field(b, id, "points"), .text("3"))
        XCTAssertEqual(try sandbox.git(["status", "--porcelain"], in: b.root), "")
    }

    func testACloneOfARemoteWhoseHeadNamesAnotherBranchJoinsTheRecordsBranch() throws {
        // A bare repository made with another default branch: a clone of it
        // starts on an unborn 'master' while the records are on 'main'.
        let odd = sandbox.path("odd.git")
        try FileManager.default.createDirectory(at: odd, withIntermediateDirectories: true)
        try sandbox.git(["init", "--quiet", "--bare", "--initial-branch=master"], in: odd)
        remote = odd
        let (a, id) = try firstMachine()
        let early = try otherMachine("early")   // cloned and used before its first sync
        let late = try otherMachine("late")
        let saved = try early.create(GitSamples.review("Ola Bello"))
        _ = try sync(early)
        _ = try sync(late)
        _ = try sync(a)
        for store in [a, early, late] {
            XCTAssertEqual(Set(try store.ids()), [id, saved.id], store.root.lastPathComponent)
            XCTAssertEqual(try sandbox.git(["symbolic-ref", "--short", "HEAD"], in: store.root), "main\n")
        }
        XCTAssertEqual(try sandbox.git(["for-each-ref", "--format=%(refname)", "refs/heads/"], in: odd), "refs/heads/main\n", "no second branch")
    }

    func testEvidenceLogsMergeItemByItem() throws {
        let (a, id) = try firstMachine(GitSamples.evidence(items: ["Planned observation"]))
        let b = try otherMachine("b")
        let c = try otherMachine("c")
        func add(_ store: FileRecordStore, _ source: String) throws {
            try edit(store, id) { r in
                guard case .list(var items) = r.fields[1].value else { return XCTFail("no items") }
                items.append(.map([RecordField("kind", .text("observation")), RecordField("source", .text(source))]))
                r.fields[1].value = .list(items)
            }
        }
        try add(a, "Drop-in at school")
        try add(b, "Email from a parent")
        try add(c, "Proforma from Brookvale")
        try edit(c, id) { r in  // an answer inside the base's first item, changed on one side only
            guard case .list(var items) = r.fields[1].value, case .map(var first) = items[0] else { return XCTFail() }
            first.append(RecordField("weight", .text("high")))
            items[0] = .map(first)
            r.fields[1].value = .list(items)
        }
        _ = try sync(a)
        _ = try sync(b)
        _ = try sync(c)
        _ = try sync(a)
        _ = try sync(b)
        let sources: (FileRecordStore) throws -> [String] = { store in
            guard case .list(let items)? = try self.field(store, id, "items") else { return [] }
            return items.compactMap { item -> String? in
                guard case .map(let f) = item, case .text(let s)? = f.first(where: { $0.key == "source" })?.value else { return nil }
                return s
            }
        }
        XCTAssertEqual(try sources(a).sorted(), ["Drop-in at school", "Email from a parent", "Planned observation", "Proforma from Brookvale"])
        XCTAssertEqual(try sources(a).first, "Planned observation")
        XCTAssertEqual(try fileText(a, id), try fileText(b, id))
        guard case .list(let items)? = try field(a, id, "items"), case .map(let first) = items[0] else { return XCTFail() }
        XCTAssertTrue(first.contains(RecordField("weight", .text("high"))), "\(first)")
    }

    func testAnAgreedRecordChangedOnTheOtherSideIsFlaggedAndABothSidesMergeIsADraft() throws {
        var agreed = GitSamples.review()
        agreed.status = .agreed
        agreed.agreement = Agreement(lineManager: "Femi Adeyemi", ast: "Siân Prothero", date: "2026-07-08")
        let (a, id) = try firstMachine(agreed)
        let b = try otherMachine("b")
        try edit(a, id) { $0.fields[0].value = .text("2") }
        _ = try sync(a)
        let report = try sync(b)  // a fast-forward: changed there only
        XCTAssertEqual(report.agreedChanged, [SyncReport.AgreedChange(id: id, savedBy: "femi@school-pc", madeDraft: false)])
        XCTAssertEqual(try b.load(id).record.status, .agreed, "taken as the other side saved it")

        try edit(a, id) { $0.fields[0].value = .text("1") }
        try edit(b, id) { $0.fields[2].value = .text("Changed at home") }
        _ = try sync(a)
        let merged = try sync(b)
        XCTAssertEqual(merged.agreedChanged, [SyncReport.AgreedChange(id: id, savedBy: "femi@school-pc", madeDraft: true)])
        XCTAssertEqual(try b.load(id).record.status, .draft, "nobody agreed the merged text")
        let lines = SyncCommand.summary(merged)
        XCTAssertTrue(lines.contains("Agreed records changed on another machine; look at each ('log ID', 'show ID'):"), "\(lines)")
        XCTAssertTrue(lines.contains("  \(id)  (saved by femi@school-pc; changed here too, so now a draft to agree again)"), "\(lines)")
    }

    // MARK: the remote

    func testAPushRaceFetchesAndMergesAgain() throws {
        let racing = RacingRunner(sandbox.runner)
        let (a, id) = try firstMachine(runner: racing)
        let c = try otherMachine("c")
        try edit(a, id) { $0.fields[0].value = .text("2") }
        racing.beforeNextPush = {
            // Someone else sends a change between this machine's fetch and its push.
            try self.edit(c, id) { $0.notes = "Changed on the third machine" }
            _ = try self.sync(c)
        }
        let report = try sync(a)
        XCTAssertEqual(report.retries, 1)
        XCTAssertEqual(report.merged, [id])
        XCTAssertEqual(try field(a, id, "points"), .text("2"))
        XCTAssertEqual(try a.load(id).record.notes, "Changed on the third machine")
        let remoteHead = try sandbox.git(["rev-parse", "main"], in: remote)
        XCTAssertEqual(remoteHead, try sandbox.git(["rev-parse", "HEAD"], in: a.root), "the merge was sent")
    }

    func testARemoteThatRefusesIsReportedAndTheMergeStaysHere() throws {
        let (a, id) = try firstMachine()
        let hook = remote.appendingPathComponent("hooks/pre-receive")
        try "#!/bin/sh\necho 'pushes are closed for the holidays' >&2\nexit 1\n".write(to: hook, atomically: false, encoding: .utf8)
        chmod(hook.path, 0o755)
        try edit(a, id) { $0.fields[0].value = .text("2") }
        XCTAssertThrowsError(try sync(a)) { error in
            guard case SharingError.pushRefused(let url, let detail) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(url, self.remote.path)
            XCTAssertTrue(detail.contains("pushes are closed for the holidays"), detail)
        }
        XCTAssertEqual(try field(a, id, "points"), .text("2"), "the save stays")
        XCTAssertEqual(try sandbox.git(["status", "--porcelain"], in: a.root), "")
    }

    func testSyncWithTheRemoteMissingSaysSoExitsOneAndLeavesEverythingAsItWas() throws {
        let (a, id) = try firstMachine()
        try edit(a, id) { $0.fields[0].value = .text("2") }
        // A change made by hand, not yet committed.
        let path = try a.path(of: id)
        let edited = try fileText(a, id).replacingOccurrences(of: "Strong year in fractions", with: "Edited by hand")
        try edited.write(toFile: path, atomically: false, encoding: .utf8)
        let moved = sandbox.path("moved.git")
        try FileManager.default.moveItem(at: remote, to: moved)
        let head = try sandbox.git(["rev-parse", "HEAD"], in: a.root)
        let status = try sandbox.git(["status", "--porcelain"], in: a.root)

        let output = BufferedOutput()
        let context = REPLContext(guidance: GuidanceFixture.empty, store: a, output: output, style: OutputStyle(width: 1000))
        XCTAssertEqual(REPLSession(context: context).runCommandLine(["sync"]), 1)
        XCTAssertTrue(output.errors.contains("could not reach the remote \(remote.path)"), output.errors)
        XCTAssertTrue(output.errors.contains("Nothing was changed"), output.errors)
        XCTAssertEqual(try sandbox.git(["rev-parse", "HEAD"], in: a.root), head)
        XCTAssertEqual(try sandbox.git(["status", "--porcelain"], in: a.root), status)
        XCTAssertEqual(try fileText(a, id), edited)

        try FileManager.default.moveItem(at: moved, to: remote)
        let report = try sync(a)
        XCTAssertEqual(report.committedPending, 1, "the hand edit is committed at the next sync")
        XCTAssertEqual(report.pushed, 2)
    }

    func testSyncWithoutARemoteOrOutsideAGitStoreSaysSo() throws {
        let store = try sandbox.store(sandbox.path("lonely"))
        _ = try store.startSharing(remote: nil)
        XCTAssertThrowsError(try sync(store)) { XCTAssertEqual($0 as? SharingError, .noRemote) }
        let plain = try sandbox.store(sandbox.path("plain"))
        let output = BufferedOutput()
        let session = REPLSession(context: REPLContext(guidance: GuidanceFixture.empty, store: plain, output: output))
        XCTAssertEqual(session.runCommandLine(["sync"]), 1)
        XCTAssertTrue(output.errors.contains("is not a git store"), output.errors)
        XCTAssertEqual(session.runCommandLine(["sync", "now"]), 2)
    }

    // MARK: security

    func testStoreInitInAFreshCloneMakesItPrivateAndKeepsItsRemote() throws {
        let (_, id) = try firstMachine()
        let old = umask(0o022)
        defer { umask(old) }
        let b = try otherMachine("b")
        XCTAssertEqual(GitSandbox.mode(URL(fileURLWithPath: try b.path(of: id))), 0o644, "as git's checkout wrote it")
        let setup = try b.startSharing(remote: nil)
        XCTAssertFalse(setup.createdRepository)
        XCTAssertEqual(setup.remote, remote.path)
        XCTAssertEqual(setup.committedFiles, 0)
        XCTAssertEqual(GitSandbox.mode(b.root), 0o700)
        XCTAssertEqual(GitSandbox.mode(b.root.appendingPathComponent("sian-prothero-ab12")), 0o700)
        XCTAssertEqual(GitSandbox.mode(URL(fileURLWithPath: try b.path(of: id))), 0o600)
        XCTAssertEqual(GitSandbox.mode(b.root.appendingPathComponent(".gitignore")), 0o600)
    }

    func testEveryCloneKeepsTheStoreFolder0700AndRecordFiles0600AfterSync() throws {
        let (a, id) = try firstMachine()
        let b = try otherMachine("b")
        _ = try sync(b)
        try edit(a, id) { $0.fields[0].value = .text("2") }
        _ = try sync(a)
        _ = try sync(b)
        for store in [a, b] {
            XCTAssertEqual(GitSandbox.mode(store.root), 0o700)
            XCTAssertEqual(GitSandbox.mode(store.root.appendingPathComponent(".git")), 0o700)
            XCTAssertEqual(GitSandbox.mode(store.root.appendingPathComponent("sian-prothero-ab12")), 0o700)
            XCTAssertEqual(GitSandbox.mode(URL(fileURLWithPath: try store.path(of: id))), 0o600)
            XCTAssertEqual(GitSandbox.mode(store.root.appendingPathComponent(".gitignore")), 0o600)
        }
    }
}

/// The sandbox's git, with something done just before the next push (another
/// machine pushing first: a push race, without any timing).
final class RacingRunner: GitRunner, @unchecked Sendable {
    let inner: GitRunner
    private let lock = NSLock()
    private var pending: (() throws -> Void)?
    init(_ inner: GitRunner) { self.inner = inner }

    var beforeNextPush: (() throws -> Void)? {
        get { lock.lock(); defer { lock.unlock() }; return pending }
        set { lock.lock(); pending = newValue; lock.unlock() }
    }

    func run(_ arguments: [String], in folder: String, input: [UInt8]) throws -> GitResult {
        if arguments.first == "push", let action = beforeNextPush {
            beforeNextPush = nil
            try action()
        }
        return try inner.run(arguments, in: folder, input: input)
    }
}

/// An empty guidance set for sessions that only run store commands.
enum GuidanceFixture {
    static var empty: GuidanceSet { GuidanceSet(outline: GuideOutline(title: "Guide", reference: "DfES/0143/2004", sections: [])) }
}

import Foundation
import Records
@testable import REPL
import Store
import XCTest

/// `doctor` (#13): one line per check, each problem with its fix, status 1 when
/// there is a problem; the judging is pure (`DoctorCheck` over `DoctorFacts`).
final class DoctorTests: XCTestCase {
    var home: URL!

    override func setUpWithError() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-doctor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        addTeardownBlock { [home] in try? FileManager.default.removeItem(at: home!) }
    }

    static func facts() -> DoctorFacts {
        DoctorFacts(storeShown: "~/store", storeExists: true,
                    entries: [.init(path: "~/store", isFolder: true, mode: 0o700), .init(path: "~/store/a/r.md", isFolder: false, mode: 0o600)],
                    freeBytes: 5 << 30, cacheFolder: "~/.cache/astpm", guidanceFolder: "Guidance", guidanceErrors: 0,
                    guidanceWarnings: 0, libedit: "libedit 2.11", inputIsTerminal: false, configShown: "~/.config/astpm/config",
                    configFound: true)
    }

    // MARK: the pure checks

    func testEveryCheckIsOneLineAndAHealthyStoreHasNoProblem() {
        let findings = DoctorCheck.findings(Self.facts())
        XCTAssertEqual(findings.map(\.key), DoctorCheck.keys)
        XCTAssertTrue(findings.allSatisfy(\.ok), findings.map(\.line).joined(separator: "\n"))
        XCTAssertTrue(findings.allSatisfy { !$0.line.contains("\n") })
        XCTAssertEqual(DoctorCheck.modes(Self.facts()).says, "Modes: all 1 folder(s) 0700 and 1 file(s) 0600.")
        XCTAssertEqual(DoctorCheck.freeSpace(Self.facts()).says, "Free space: 5.0 GB on the store's file system.")
        XCTAssertEqual(DoctorCheck.configuration(Self.facts()).says, "Configuration file: ~/.config/astpm/config, valid.")
        XCTAssertEqual(DoctorCheck.lineEditing(Self.facts()).says, "Line editing: plain mode (input is not a terminal); libedit 2.11 at a terminal.")
    }

    func testWrongModesAreNamedWithTheChmodThatPutsThemRight() {
        var f = Self.facts()
        f.entries = [.init(path: "~/store", isFolder: true, mode: 0o755), .init(path: "~/store/a b/r.md", isFolder: false, mode: 0o644),
                     .init(path: "~/store/ok.md", isFolder: false, mode: 0o600)]
        let modes = DoctorCheck.modes(f)
        XCTAssertFalse(modes.ok)
        XCTAssertEqual(modes.says, "Modes: records hold personal data, and 1 folder(s) not 0700: ~/store; 1 file(s) not 0600: ~/store/a b/r.md.")
        XCTAssertEqual(modes.fix, "only you should read them: chmod 700 ~/store; chmod 600 '~/store/a b/r.md'")
        f.entries = (1...7).map { .init(path: "~/store/f\($0).md", isFolder: false, mode: 0o640) }
        let many = DoctorCheck.modes(f)
        XCTAssertTrue(many.says.contains("7 file(s) not 0600: ~/store/f1.md, ~/store/f2.md, ~/store/f3.md, ~/store/f4.md, ~/store/f5.md and 2 more."), many.says)
        XCTAssertEqual(many.fix, "only you should read them: find ~/store -type f -exec chmod 600 {} +")
    }

    func testEachProblemSaysWhatIsWrongAndHowToPutItRight() {
        var f = Self.facts()
        f.unreadable = [UnreadableRecord(path: "a/2025-26-review.md", reason: "line 3: no closing ---")]
        f.guidanceErrors = 2
        f.guidanceFolder = "/tmp/g"
        f.guidanceFirstProblem = "units.yaml:4:1: error: [G010] no id"
        f.configError = "~/.config/astpm/config:2:1: unknown setting 'colour'"
        f.freeBytes = 10 << 20
        let problems = DoctorCheck.findings(f).filter { !$0.ok }
        XCTAssertEqual(problems.map(\.key), ["free_space", "unreadable", "guidance", "configuration"])
        XCTAssertTrue(problems.allSatisfy { $0.fix != nil && $0.line.hasPrefix("PROBLEM  ") && $0.line.contains(" Fix: ") })
        XCTAssertEqual(problems[0].says, "Free space: only 10 MB on the store's file system; a save may fail.")
        XCTAssertEqual(problems[1].says, "Record files: 1 cannot be read: a/2025-26-review.md (line 3: no closing ---).")
        XCTAssertTrue(problems[2].says.contains("2 error(s), the first: units.yaml:4:1: error: [G010] no id"), problems[2].says)
        XCTAssertTrue(problems[2].fix!.contains("astpm guidance check /tmp/g"), problems[2].fix!)
        XCTAssertTrue(problems[3].says.contains("is not valid: ~/.config/astpm/config:2:1: unknown setting 'colour'"), problems[3].says)
    }

    func testAStoreNotMadeYetTheCacheAndPausedInterviewsAreReportedNotFaulted() {
        var f = Self.facts()
        f.storeExists = false
        f.entries = []
        XCTAssertEqual(DoctorCheck.store(f).says, "Store: none yet at ~/store; the first record saved creates it.")
        XCTAssertTrue(DoctorCheck.modes(f).ok)
        f.sessions = ["objectives-1", "review-2"]
        XCTAssertEqual(DoctorCheck.sessions(f).says,
                       "Paused interviews: 2 (objectives-1, review-2); 'resume' carries one on, 'discard NAME' deletes one.")
        XCTAssertTrue(DoctorCheck.cache(f).says.hasSuffix("empty; the next question fills it."))
        f.cacheOthers = 1
        XCTAssertTrue(DoctorCheck.cache(f).says.contains(", stale ("), DoctorCheck.cache(f).says)
        f.cacheFresh = true
        XCTAssertEqual(DoctorCheck.cache(f).says, "Advisor cache: ~/.cache/astpm, fresh for this build and guidance.")
        f.inputIsTerminal = true
        XCTAssertEqual(DoctorCheck.lineEditing(f).says, "Line editing: libedit 2.11 at this terminal.")
        XCTAssertTrue(DoctorCheck.findings(f).allSatisfy(\.ok))
    }

    // MARK: the command, on a real store folder

    func session(storeRoot: URL) throws -> (REPLSession, BufferedOutput) {
        let output = BufferedOutput()
        let context = REPLContext(guidance: { TranscriptRunner.guidance }, reference: "DfES/0143/2004",
                                  openStore: { try FileRecordStore(root: storeRoot) }, output: output, style: OutputStyle(width: 400),
                                  storeDescription: storeRoot.path)
        context.doctorSetup = DoctorSetup(storeRoot: storeRoot, environment: ["HOME": home.path, "XDG_CONFIG_HOME": home.path + "/config",
                                                                              "XDG_CACHE_HOME": home.path + "/cache"])
        return (REPLSession(context: context), output)
    }

    func testDoctorOnAStoreFolderFindsModesUnreadableFilesAndSessionsAndExitsOneUntilFixed() throws {
        let root = home.appendingPathComponent("store")
        let store = try FileRecordStore(root: root)
        let saved = try store.create(Record(kind: .review, status: .agreed, ast: "Sam Lee", cycle: "2025-26", created: "2026-07-01"))
        try store.saveSession("objectives-1", Array("{}".utf8))
        let file = root.appendingPathComponent(saved.id.rawValue + ".md").path
        XCTAssertEqual(chmod(file, 0o644), 0)
        let broken = root.appendingPathComponent(saved.id.rawValue.split(separator: "/")[0] + "/2025-26-planning.md").path
        XCTAssertTrue(FileManager.default.createFile(atPath: broken, contents: Data("no front matter\n".utf8), attributes: [.posixPermissions: 0o600]))

        let (session, output) = try session(storeRoot: root)
        XCTAssertEqual(session.runCommandLine(["doctor"]), 1, output.errors)
        let lines = output.text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, DoctorCheck.keys.count, output.text)
        XCTAssertTrue(lines[0].hasPrefix("ok       Store: ~/store."), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("PROBLEM  Modes:") && lines[1].contains("Fix: only you should read them: chmod 600 ~/store/\(saved.id.rawValue).md"), lines[1])
        XCTAssertTrue(lines[2].contains("on the store's file system"), lines[2])
        XCTAssertTrue(lines[3].contains("Paused interviews: 1 (objectives-1)"), lines[3])
        XCTAssertTrue(lines[4].hasPrefix("PROBLEM  Record files: 1 cannot be read:") && lines[4].contains("2025-26-planning.md ("), lines[4])
        XCTAssertTrue(lines[6].contains("Guidance check of Guidance: no errors"), lines[6])
        XCTAssertTrue(lines[7].contains("libedit"), lines[7])
        XCTAssertTrue(lines[8].contains("Configuration file: none at ~/config/astpm/config"), lines[8])
        XCTAssertTrue(output.errors.contains("doctor found 2 problem(s)"), output.errors)

        // Put right as the fixes say: the next run is clean.
        XCTAssertEqual(chmod(file, 0o600), 0)
        try FileManager.default.removeItem(atPath: broken)
        let (again, out2) = try self.session(storeRoot: root)
        XCTAssertEqual(again.runCommandLine(["doctor"]), 0, out2.text + out2.errors)
        XCTAssertFalse(out2.text.contains("PROBLEM"), out2.text)
        XCTAssertEqual(out2.errors, "")
    }

    func testDoctorCreatesNoStoreAndGivesFixedJSONKeys() throws {
        let root = home.appendingPathComponent("not-yet")
        let (session, output) = try session(storeRoot: root)
        XCTAssertEqual(session.runCommandLine(["doctor", "--json"]), 0, output.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.path), "doctor made no store folder")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any], output.text)
        XCTAssertEqual(Set(object.keys), ["schema", "problems", "checks"])
        XCTAssertEqual(object["schema"] as? Int, 1)
        XCTAssertEqual(object["problems"] as? Int, 0)
        let checks = try XCTUnwrap(object["checks"] as? [String: [String: Any]])
        XCTAssertEqual(Set(checks.keys), Set(DoctorCheck.keys))
        for (key, check) in checks { XCTAssertEqual(Set(check.keys), ["ok", "says", "fix"], key) }
        XCTAssertEqual(checks["store"]?["says"] as? String, "Store: none yet at ~/not-yet; the first record saved creates it.")
        XCTAssertTrue(checks["modes"]?["fix"] is NSNull)
        // At the prompt too, where a problem is a failed line.
        XCTAssertEqual(session.execute("doctor"), .continueSession)
        XCTAssertTrue(output.text.contains("ok       Store: none yet"), output.text)
    }
}

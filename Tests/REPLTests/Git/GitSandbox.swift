import Foundation
import Records
import Store
import XCTest

/// A private world for tests with the real git: a 0700 temporary folder, a
/// HOME of its own (with an identity in its .gitconfig, or none), no system
/// config (`GIT_CONFIG_NOSYSTEM=1`), so the machine's git settings do not
/// matter; bare remotes on local paths and clones inside it.
final class GitSandbox {
    let folder: URL
    let home: URL
    let runner: ProcessGitRunner

    /// Skips the test, saying why, when `git` is not on PATH.
    init(_ test: XCTestCase, identity: Bool = true) throws {
        guard ProcessGitRunner.executable() != nil else {
            throw XCTSkip("git is not on PATH: these tests run the real git command (apt-get install git)")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        home = folder.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var config = "[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n"
        if identity { config += "[user]\n\tname = Femi Adeyemi\n\temail = femi@school.example\n" }
        try config.write(to: home.appendingPathComponent(".gitconfig"), atomically: false, encoding: .utf8)
        runner = ProcessGitRunner(environment: [
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent(".config").path, "GIT_CONFIG_NOSYSTEM": "1",
        ])
        let folder = self.folder
        test.addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    }

    /// Runs git in `directory` and returns its standard output; fails the test when git fails.
    @discardableResult
    func git(_ arguments: [String], in directory: URL, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let r = try runner.run(arguments, in: directory.path)
        XCTAssertEqual(r.status, 0, "git \(arguments.joined(separator: " ")): \(r.errorOutput)", file: file, line: line)
        return r.text
    }

    /// An empty bare repository, as a private server would hold.
    func bareRemote(_ name: String = "remote.git") throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try git(["init", "--quiet", "--bare", "--initial-branch=main"], in: url)
        return url
    }

    /// `git clone REMOTE NAME` in the sandbox, as someone sets up a second machine.
    func clone(_ remote: URL, as name: String) throws -> URL {
        try git(["clone", "--quiet", remote.path, name], in: folder)
        return folder.appendingPathComponent(name)
    }

    /// A file store at `url` whose git is this sandbox's.
    func store(_ url: URL, savedBy: String = "femi@staffroom-pc", suffix: String = "ab12") throws -> FileRecordStore {
        try FileRecordStore(root: url, savedBy: savedBy, makeSuffix: { suffix }, git: runner)
    }

    /// A folder's path in the sandbox.
    func path(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// Commit subjects on the current branch, newest first.
    func subjects(_ repo: URL) throws -> [String] {
        try git(["log", "--format=%s"], in: repo).split(separator: "\n").map(String.init)
    }

    /// A file's mode bits.
    static func mode(_ url: URL) -> Int {
        var st = stat()
        return lstat(url.path, &st) == 0 ? Int(st.st_mode & 0o7777) : -1
    }
}

/// Records for the git tests: personal content that must never reach a commit message.
enum GitSamples {
    static func review(_ ast: String = "Siân Prothero", points: String = "1", notes: String = "Private note: her mother is ill.") -> Record {
        Record(kind: .review, status: .draft, ast: ast, cycle: "2025-26", created: "2026-07-01", updated: "2026-07-01",
               fields: [RecordField("points", .text(points)), RecordField("high-quality", .text("yes")),
                        RecordField("summary", .text("Strong year in fractions"))],
               notes: notes)
    }

    static func evidence(_ ast: String = "Siân Prothero", items: [String]) -> Record {
        Record(kind: .evidence, status: .draft, ast: ast, cycle: "2025-26", created: "2025-11-14", updated: "2025-11-14",
               fields: [RecordField("line-manager", .text("Femi Adeyemi")),
                        RecordField("items", .list(items.map { .map([RecordField("kind", .text("observation")), RecordField("source", .text($0))]) }))])
    }
}

import Foundation
import Records

/// A store folder that is a git work tree, and the git commands astpm runs
/// in it. Every command goes through a `GitRunner`; nothing here uses a shell.
struct GitRepository: Sendable {
    /// The store folder (the work tree's top).
    let root: String
    let runner: GitRunner
    /// Who saves, for an identity when git has none (`femi@staffroom-pc`).
    let savedBy: String

    /// True when `root` is the top of a git work tree (it holds `.git`, a
    /// folder or a worktree's file). A store inside someone else's repository
    /// (a home folder kept in git, say) is not a git store.
    static func isWorkTree(_ root: String) -> Bool {
        var st = stat()
        return lstat(root + "/.git", &st) == 0 && ((st.st_mode & S_IFMT) == S_IFDIR || (st.st_mode & S_IFMT) == S_IFREG)
    }

    /// Runs git; a failure to start it is thrown, a failing git is in the result.
    func run(_ arguments: [String]) throws -> GitResult {
        try runner.run(arguments, in: root)
    }

    /// Runs git and throws `SharingError.git` when it fails.
    @discardableResult
    func checked(_ arguments: [String]) throws -> GitResult {
        let r = try run(arguments)
        guard r.status == 0 else {
            throw SharingError.git(command: arguments.first(where: { !$0.hasPrefix("-") && !$0.contains("=") }) ?? "", detail: r.reason)
        }
        return r
    }

    /// `-c user.name=... -c user.email=...` when git's own configuration has
    /// no identity (so a commit can be made without changing anyone's config);
    /// empty when it has one.
    func identityOptions() throws -> [String] {
        let name = try run(["config", "user.name"])
        let email = try run(["config", "user.email"])
        var out: [String] = []
        let user = savedBy.split(separator: "@").first.map(String.init) ?? "astpm"
        if name.status != 0 || name.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            out += ["-c", "user.name=\(user) (astpm)"]
        }
        if email.status != 0 || email.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            out += ["-c", "user.email=\(savedBy.contains("@") ? savedBy : user + "@astpm.invalid")"]
        }
        return out
    }

    /// The path of a file under the store, relative to it (`FOLDER/NAME.md`).
    func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    /// How many commits on the current branch changed `relativePath` (0 in a
    /// repository with no commit yet).
    func commitCount(_ relativePath: String) throws -> Int {
        let r = try run(["rev-list", "--count", "HEAD", "--", relativePath])
        return r.status == 0 ? Int(r.text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 : 0
    }

    /// Commits exactly these files (already on disk) with `message`; other
    /// changes, staged or not, are left out of the commit.
    func commit(_ relativePaths: [String], message: String) throws {
        try checked(["add", "--"] + relativePaths)
        try checked(try identityOptions() + ["commit", "--quiet", "-m", message, "--"] + relativePaths)
    }

    /// Whether the current branch has a commit yet.
    func hasHead() throws -> Bool {
        try run(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).status == 0
    }

    /// The commit a name points at, if any.
    func resolve(_ name: String) throws -> String? {
        let r = try run(["rev-parse", "--verify", "--quiet", name + "^{commit}"])
        return r.status == 0 ? r.text.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    /// The `origin` remote's address, if it has one.
    func originURL() throws -> String? {
        let r = try run(["remote", "get-url", "origin"])
        return r.status == 0 ? r.text.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    /// Paths NUL-separated in git's output.
    static func paths(_ r: GitResult) -> [String] {
        r.output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The files changed between two commits (`from` nil: the empty tree).
    func changedFiles(from: String?, to: String) throws -> [String] {
        let base = from ?? Self.emptyTree
        return Self.paths(try checked(["diff", "--name-only", "--no-renames", "-z", base, to, "--"]))
    }

    /// A file's bytes at a commit; nil when it is not there.
    func blob(_ relativePath: String, at commit: String) throws -> [UInt8]? {
        let r = try run(["cat-file", "blob", commit + ":" + relativePath])
        return r.status == 0 ? r.output : nil
    }

    /// git's empty tree (a base for histories with nothing in common).
    static let emptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"

    /// True when `path` (relative) is a record file: `FOLDER/NAME.md`, no part hidden.
    static func isRecordPath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") } && path.hasSuffix(StoreLayout.recordExtension)
    }

    /// The record id of a record path.
    static func recordID(_ path: String) -> RecordID {
        RecordID(String(path.dropLast(StoreLayout.recordExtension.count)))
    }
}

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
        // One git for both settings: "user.name VALUE" lines.
        let found = try run(["config", "--get-regexp", "^user\\.(name|email)$"]).text.split(separator: "\n")
        func has(_ key: String) -> Bool {
            found.contains { $0.hasPrefix(key + " ") && !$0.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces).isEmpty }
        }
        var out: [String] = []
        let user = savedBy.split(separator: "@").first.map(String.init) ?? "astpm"
        if !has("user.name") {
            out += ["-c", "user.name=\(user) (astpm)"]
        }
        if !has("user.email") {
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

    /// A remote's address as it may be shown: a password written into an
    /// `https://user:password@host/...` address is left out.
    static func shown(_ url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].firstIndex(of: "@") else { return url }
        let userInfo = url[scheme.upperBound..<at]
        guard !userInfo.contains("/"), let colon = userInfo.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":***" + String(url[at...])
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

    /// Files' bytes at commits (`COMMIT:PATH`), read by one `git cat-file
    /// --batch`; nil for one that is not there (or is not a file).
    func blobs(_ names: [String]) throws -> [String: [UInt8]?] {
        var out: [String: [UInt8]?] = [:]
        let wanted = names.filter { !$0.contains("\n") }
        guard !wanted.isEmpty else { return out }
        let r = try runner.run(["cat-file", "--batch"], in: root, input: Array((wanted.joined(separator: "\n") + "\n").utf8))
        guard r.status == 0 else { throw SharingError.git(command: "cat-file", detail: r.reason) }
        // Each answer: "SHA TYPE SIZE\n" + SIZE bytes + "\n", or "NAME missing\n".
        let bytes = r.output
        var i = 0
        for name in wanted {
            guard let end = bytes[i...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: bytes[i..<end], as: UTF8.self).split(separator: " ")
            i = end + 1
            guard header.count == 3, let size = Int(header[2]), i + size <= bytes.count else {
                out[name] = .some(nil)
                continue
            }
            out[name] = header[1] == "blob" ? Array(bytes[i..<(i + size)]) : nil
            i += size + 1
        }
        return out
    }

    /// One file's bytes at a commit; nil when it is not there.
    func blob(_ relativePath: String, at commit: String) throws -> [UInt8]? {
        (try blobs([commit + ":" + relativePath])[commit + ":" + relativePath]) ?? nil
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

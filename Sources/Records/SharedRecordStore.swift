/// A store kept in version control (a git work tree), so that several
/// machines share one set of records: every save is a commit, a record's
/// commits are its audit trail, and `sync` exchanges commits with a remote.
/// A store gives one through `RecordStore.sharing` (nil: not shared).
public protocol SharedRecordStore: AnyObject {
    /// The commits that changed the record `id`, newest first.
    func auditTrail(_ id: RecordID) throws -> [AuditEntry]
}

/// One commit in a record's audit trail.
public struct AuditEntry: Equatable, Sendable {
    /// The commit's full hash.
    public var commit: String
    /// The author date, ISO 8601 with its offset.
    public var date: String
    public var author: String
    public var email: String
    /// The commit message's first line.
    public var message: String
    public init(commit: String, date: String, author: String, email: String, message: String) {
        self.commit = commit
        self.date = date
        self.author = author
        self.email = email
        self.message = message
    }
}

/// Why sharing through git did not do what was asked; the text says what to do.
public enum SharingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The store folder is not a git work tree.
    case notShared(store: String)
    /// The `git` command is not installed or could not be run.
    case gitMissing(String)
    /// A git command failed.
    case git(command: String, detail: String)

    public var description: String {
        switch self {
        case .notShared(let store):
            return "the store \(store) is not a git store, so it has no audit trail or remote; make it one with 'store init --git [REMOTE]' (earlier versions kept here are in 'history ID')"
        case .gitMissing(let why):
            return "git could not be run (\(why)); install git (apt-get install git) and try again"
        case .git(let command, let detail):
            return "git \(command) failed: \(detail)"
        }
    }
}

/// What `store init --git` did.
public struct SharingSetup: Equatable, Sendable {
    /// False when the store was a git work tree already.
    public var createdRepository: Bool
    /// Records committed because they were not yet (the store's existing records).
    public var committedFiles: Int
    /// The `origin` remote's address, if it has one now.
    public var remote: String?
    /// True when `origin` was added now.
    public var remoteAdded: Bool
    public init(createdRepository: Bool, committedFiles: Int, remote: String?, remoteAdded: Bool) {
        self.createdRepository = createdRepository
        self.committedFiles = committedFiles
        self.remote = remote
        self.remoteAdded = remoteAdded
    }
}

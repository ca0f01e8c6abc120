/// A store kept in version control (a git work tree), so that several
/// machines share one set of records: every save is a commit, a record's
/// commits are its audit trail, and `sync` exchanges commits with a remote.
/// A store gives one through `RecordStore.sharing` (nil: not shared).
public protocol SharedRecordStore: AnyObject {
    /// The commits that changed the record `id`, newest first.
    func auditTrail(_ id: RecordID) throws -> [AuditEntry]
    /// Fetches from the remote, merges record by record and pushes (see `SyncReport`).
    /// `progress` is told what is happening as it happens. `resolve`, when
    /// given (someone at a terminal), is asked which side to keep for each
    /// field changed differently on both sides; nil from it stops the sync as
    /// a conflict does without it.
    func sync(progress: (String) -> Void, resolve: SyncResolver?) throws -> SyncReport
}

/// Asked which side to keep for a field of a record both sides changed; nil: stop.
public typealias SyncResolver = (RecordID, RecordThreeWayMerge.Conflict) -> RecordThreeWayMerge.Side?

extension SharedRecordStore {
    /// A sync that stops at the first conflict (plain mode).
    public func sync(progress: (String) -> Void) throws -> SyncReport { try sync(progress: progress, resolve: nil) }
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

/// What a finished sync did.
public struct SyncReport: Equatable, Sendable {
    /// Records changed here by the other side's commits (fast-forwarded or merged), by id.
    public var received: [RecordID] = []
    /// Records changed on both sides and merged field by field.
    public var merged: [RecordID] = []
    /// Agreed records the other side changed: to be looked at, not taken as agreed.
    public var agreedChanged: [AgreedChange] = []
    /// Commits sent to the remote.
    public var pushed: Int = 0
    /// Changes saved here but not committed before (a commit that failed at save time), now committed.
    public var committedPending: Int = 0
    /// How many times the push found the remote moved and fetched again.
    public var retries: Int = 0
    /// Fields changed on both sides that someone settled by picking a side.
    public var settled: Int = 0
    public init() {}

    /// An agreed record the other side changed.
    public struct AgreedChange: Equatable, Sendable {
        public var id: RecordID
        /// Who saved the other side's version, when the file says.
        public var savedBy: String?
        /// True when merging made it a draft again (both sides changed it, so
        /// nobody has agreed the merged text).
        public var madeDraft: Bool
        public init(id: RecordID, savedBy: String?, madeDraft: Bool) {
            self.id = id
            self.savedBy = savedBy
            self.madeDraft = madeDraft
        }
    }
}

/// Why sharing through git did not do what was asked; the text says what to do.
public enum SharingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The store folder is not a git work tree.
    case notShared(store: String)
    /// The `git` command is not installed or could not be run.
    case gitMissing(String)
    /// The store has no remote to sync with.
    case noRemote
    /// The remote could not be reached (no network, a path that is not there, refused credentials).
    case unreachable(remote: String, detail: String)
    /// Records changed on both sides differently; nothing was merged.
    case conflicts([RecordConflict])
    /// The remote refused the push (a hook, permissions); the merge stays here.
    case pushRefused(remote: String, detail: String)
    /// The remote kept moving while pushing.
    case raceLost(attempts: Int)
    /// A git command failed.
    case git(command: String, detail: String)

    /// A record and the places in it both sides changed differently.
    public struct RecordConflict: Equatable, Sendable {
        public var id: RecordID
        public var conflicts: [RecordThreeWayMerge.Conflict]
        public init(id: RecordID, conflicts: [RecordThreeWayMerge.Conflict]) {
            self.id = id
            self.conflicts = conflicts
        }
    }

    public var description: String {
        switch self {
        case .notShared(let store):
            return "the store \(store) is not a git store, so it has no audit trail or remote; make it one with 'store init --git [REMOTE]' (earlier versions kept here are in 'history ID')"
        case .gitMissing(let why):
            return "git could not be run (\(why)); install git (apt-get install git) and try again"
        case .noRemote:
            return "this git store has no remote to sync with; add one with 'git -C STORE remote add origin URL' or 'store init --git URL'. Nothing was changed"
        case .unreachable(let remote, let detail):
            return "could not reach the remote \(remote): \(detail). Nothing was changed; your saves are kept here and go at the next sync"
        case .conflicts(let records):
            var lines = ["Sync stopped: these were changed differently here and on the remote:"]
            for r in records {
                for c in r.conflicts {
                    lines.append("  \(r.id)  \(c.field): here \(quote(c.ours)), there \(quote(c.theirs))")
                }
            }
            lines.append("Nothing was changed. Make each one agree (change it here, or on the other machine and sync there), then sync again.")
            return lines.joined(separator: "\n")
        case .pushRefused(let remote, let detail):
            return "the remote \(remote) refused the push: \(detail). The merged records stay saved and committed here; sync again once the remote accepts pushes"
        case .raceLost(let attempts):
            return "the remote kept changing while sending (\(attempts) tries); everything received is merged and committed here; sync again in a moment"
        case .git(let command, let detail):
            return "git \(command) failed: \(detail)"
        }
    }

    private func quote(_ s: String?) -> String {
        guard let s else { return "(removed)" }
        let one = s.replacingOccurrences(of: "\n", with: "\\n")
        return "\"" + (one.count > 60 ? String(one.prefix(57)) + "..." : one) + "\""
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

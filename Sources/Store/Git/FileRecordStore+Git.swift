import Foundation
import Records

extension FileRecordStore {
    /// In a git store, commits the record file just saved (the store lock is
    /// held). Returns a warning when the commit fails: the record is saved on
    /// disk all the same, and the next `sync` commits it.
    func commitSaved(_ record: Record, id: RecordID, path: String, action: String) -> String? {
        guard let repository else { return nil }
        let relative = repository.relative(path)
        do {
            let version = try repository.commitCount(relative) + 1
            try repository.commit([relative], message: GitStoreFiles.commitMessage(action: action, id: id, record: record, version: version))
            return nil
        } catch {
            return "the record is saved, but git could not commit it (\(error)); it stays saved here, and 'sync' commits it"
        }
    }

    /// The store's git side, when the folder is a git work tree.
    public var sharing: SharedRecordStore? {
        repository.map { GitSharedStore(store: self, repository: $0) }
    }

    /// Makes the store folder a git work tree, or checks the one it is: `git
    /// init` (branch `main`), a `.gitignore` that keeps everything but the
    /// records on this machine, the folder and files' modes put right, the
    /// records not yet committed committed, and `origin` set to `remote` when
    /// one is given (an `origin` already set to another address is refused).
    public func startSharing(remote: String?) throws -> SharingSetup {
        let repo = repository ?? GitRepository(root: layout.root, runner: gitRunner, savedBy: savedBy)
        return try locked("make the store a git store", path: layout.root) { () throws -> SharingSetup in
            let created = repository == nil
            if let remote, let existing = try repo.originURL(), existing != remote {
                throw SharingError.git(command: "remote", detail: "this store's origin is already \(existing); change it with 'git -C \(layout.root) remote set-url origin \(remote)'")
            }
            if created { try repo.checked(["init", "--quiet", "--initial-branch=main"]) }
            repository = repo
            let ignore = layout.root + "/.gitignore"
            if fileSystem.kind(ignore) == .missing {
                try writer.write(Array(GitStoreFiles.gitignore.utf8), to: ignore)
            }
            try repo.checked(["add", "--all"])
            let staged = GitRepository.paths(try repo.checked(["diff", "--cached", "--name-only", "-z"]))
            if !staged.isEmpty {
                let records = staged.filter(GitRepository.isRecordPath).count
                try repo.checked(try repo.identityOptions() + ["commit", "--quiet", "-m",
                    "astpm: start sharing the store through git (\(records) record file\(records == 1 ? "" : "s"))"])
            }
            var added = false
            if let remote, try repo.originURL() == nil {
                try repo.checked(["remote", "add", "origin", remote])
                added = true
            }
            StoreModes.fix(root: layout.root, relativePaths: GitRepository.paths(try repo.checked(["ls-files", "-z"])))
            return SharingSetup(createdRepository: created, committedFiles: staged.count, remote: try repo.originURL(), remoteAdded: added)
        }
    }
}

/// A git store's audit trail and sync, for the REPL (through `RecordStore.sharing`).
final class GitSharedStore: SharedRecordStore {
    let store: FileRecordStore
    let repository: GitRepository

    init(store: FileRecordStore, repository: GitRepository) {
        self.store = store
        self.repository = repository
    }

    func auditTrail(_ id: RecordID) throws -> [AuditEntry] {
        let relative = repository.relative(try store.layout.recordPath(id))
        guard try repository.hasHead() else { return [] }
        let r = try repository.checked(["log", "--no-color", "--format=%H%x1f%aI%x1f%an%x1f%ae%x1f%s%x1e", "--", relative])
        return r.text.split(separator: "\u{1e}").compactMap { entry in
            let f = entry.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\u{1f}", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 5 else { return nil }
            return AuditEntry(commit: f[0], date: f[1], author: f[2], email: f[3], message: f[4])
        }
    }

    func sync(progress: (String) -> Void, resolve: SyncResolver?) throws -> SyncReport {
        try GitSync(store: store, repository: repository).run(progress: progress, resolve: resolve)
    }
}

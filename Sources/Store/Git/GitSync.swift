import Foundation
import Records

/// `sync` in a git store: fetch from `origin`, merge, push, through the git
/// command, with the store lock held throughout so no save commits meanwhile.
///
/// Records are never merged as text: a record changed on both sides is read
/// from base, ours and theirs with the store's own parser and merged field by
/// field (`RecordThreeWayMerge`), and the merge commit holds the result, so
/// no conflict marker ever reaches a record. Before anything is merged, every
/// record changed on both sides is merged in memory; if any field was changed
/// differently, sync stops with the list and nothing is changed. An agreed
/// record the other side changed is flagged; one merged from changes on both
/// sides becomes a draft (nobody agreed the merged text). When the push finds
/// the remote moved on (someone pushed meanwhile), it fetches and merges again,
/// a few times at most. With no network or no remote it stops before changing
/// anything. Credentials are git's own (its helpers, SSH): astpm keeps none.
struct GitSync {
    let store: FileRecordStore
    let repository: GitRepository
    /// How many times a push may find the remote moved before sync gives up.
    static let attempts = 3

    func run(progress: (String) -> Void, resolve: SyncResolver? = nil) throws -> SyncReport {
        try store.locked("sync the store", path: store.layout.root) { (_: StoreLock.Held) throws -> SyncReport in
            defer { StoreModes.fix(root: repository.root, relativePaths: (try? tracked()) ?? []) }
            return try runLocked(progress: progress, resolve: resolve)
        }
    }

    private func tracked() throws -> [String] {
        GitRepository.paths(try repository.checked(["ls-files", "-z"]))
    }

    private func runLocked(progress: (String) -> Void, resolve: SyncResolver?) throws -> SyncReport {
        guard let url = try repository.originURL() else { throw SharingError.noRemote }
        let branchResult = try repository.run(["symbolic-ref", "--quiet", "--short", "HEAD"])
        guard branchResult.status == 0 else {
            throw SharingError.git(command: "sync", detail: "the store is not on a branch (a detached HEAD); put it back on one with 'git -C \(repository.root) switch main'")
        }
        var branch = branchResult.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let startHead = try repository.resolve("HEAD")
        let shown = GitRepository.shown(url)
        progress("Fetching from origin (\(shown))...")
        try fetch(shown)
        if let taken = try remoteBranch(instead: branch, unborn: startHead == nil) { branch = taken }
        let remoteRef = "refs/remotes/origin/" + branch
        var report = SyncReport()
        var afterPending: String?
        for attempt in 1...Self.attempts {
            do {
                if attempt > 1 {
                    progress("Someone sent changes meanwhile; fetching again (try \(attempt) of \(Self.attempts))...")
                    try fetch(shown)
                } else {
                    report.committedPending = try commitPending()
                    afterPending = try repository.resolve("HEAD")
                }
                if let theirs = try repository.resolve(remoteRef) { try integrate(theirs, report: &report, progress: progress, resolve: resolve) }
            } catch {
                try putBack(startHead: startHead, afterPending: afterPending, committedPending: report.committedPending > 0)
                throw error
            }
            guard let head = try repository.resolve("HEAD") else {
                progress("Nothing to send: no record has been saved here yet.")
                return report
            }
            let theirsNow = try repository.resolve(remoteRef)
            if head == theirsNow { return report }
            let count = try commitCount(from: theirsNow, to: head)
            progress("Sending \(count) commit\(count == 1 ? "" : "s") to origin...")
            let push = try repository.run(["push", "--porcelain", "origin", "HEAD:refs/heads/" + branch])
            if push.status == 0 {
                report.pushed = count
                _ = try? repository.run(["branch", "--quiet", "--set-upstream-to=origin/" + branch])
                return report
            }
            let said = push.text + "\n" + push.errorOutput
            if said.contains("[remote rejected]") || said.contains("declined") {
                throw SharingError.pushRefused(remote: shown, detail: Self.remoteSays(push))
            }
            guard said.contains("[rejected]") || said.contains("fetch first") || said.contains("non-fast-forward") else {
                // Lost on the way (the network went): nothing of this sync is kept.
                try putBack(startHead: startHead, afterPending: afterPending, committedPending: report.committedPending > 0)
                throw SharingError.unreachable(remote: shown, detail: push.reason)
            }
            report.retries += 1
        }
        throw SharingError.raceLost(attempts: Self.attempts)
    }

    /// A store on a branch the remote does not have, while the remote has
    /// others (a clone of a bare repository whose HEAD names `master` while
    /// records were sent to `main`), takes the remote's branch: `main`, else
    /// `master`, else its only one; its own commits, if any, are merged into
    /// it (they share no history). Nil when the remote has the branch, or
    /// none at all (the first sync creates it).
    private func remoteBranch(instead branch: String, unborn: Bool) throws -> String? {
        let refs = try repository.checked(["for-each-ref", "--format=%(refname:strip=3)", "refs/remotes/origin/"])
        let branches = refs.text.split(separator: "\n").map(String.init).filter { $0 != "HEAD" }
        guard !branches.contains(branch), !branches.isEmpty else { return nil }
        let chosen = branches.contains("main") ? "main" : branches.contains("master") ? "master" : branches.count == 1 ? branches[0] : nil
        guard let chosen else { return nil }
        if unborn {
            try repository.checked(["symbolic-ref", "HEAD", "refs/heads/" + chosen])
        } else {
            try repository.checked(["branch", "--move", branch, chosen])
        }
        return chosen
    }

    /// `git fetch --prune origin`; a failure is the remote not being reachable.
    private func fetch(_ shown: String) throws {
        let r = try repository.run(["fetch", "--quiet", "--prune", "--no-tags", "origin"])
        guard r.status == 0 else { throw SharingError.unreachable(remote: shown, detail: r.reason) }
    }

    /// What the remote said when refusing (its `remote:` lines), else git's reason.
    static func remoteSays(_ r: GitResult) -> String {
        let lines = r.errorOutput.split(separator: "\n").filter { $0.hasPrefix("remote:") }
            .map { $0.dropFirst("remote:".count).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if !lines.isEmpty { return lines.joined(separator: "; ") }
        let porcelain = r.text.split(separator: "\n").first { $0.hasPrefix("!") }
        return porcelain.map { String($0.split(separator: "\t").last ?? "") } ?? r.reason
    }

    /// Undoes what a failed sync did: the merge (files back as they were
    /// after the pending commit), then that commit (its changes left in the
    /// files, as before).
    private func putBack(startHead: String?, afterPending: String?, committedPending: Bool) throws {
        if try repository.resolve("MERGE_HEAD") != nil { _ = try? repository.run(["merge", "--abort"]) }
        if let afterPending, try repository.resolve("HEAD") != afterPending {
            _ = try? repository.run(["reset", "--hard", "--quiet", afterPending])
        }
        if committedPending, let startHead { _ = try? repository.run(["reset", "--mixed", "--quiet", startHead]) }
    }

    /// Commits what was saved but not committed (a commit that failed at save
    /// time, a hand edit); returns how many files.
    /// Only record files and the `.gitignore` are taken, whatever the
    /// `.gitignore` says (a clone may have none yet).
    private func commitPending() throws -> Int {
        let status = try repository.checked(["status", "--porcelain", "-z", "--untracked-files=all", "--no-renames"])
        let changed = GitRepository.paths(status).compactMap { entry -> String? in
            entry.count > 3 ? String(entry.dropFirst(3)) : nil
        }.filter { GitRepository.isRecordPath($0) || $0 == ".gitignore" }
        guard !changed.isEmpty else { return 0 }
        try repository.checked(["add", "--all", "--"] + changed)
        let staged = GitRepository.paths(try repository.checked(["diff", "--cached", "--name-only", "-z", "--"] + changed))
        guard !staged.isEmpty else { return 0 }
        try repository.checked(try repository.identityOptions() + ["commit", "--quiet", "-m",
            "astpm: commit \(staged.count) file\(staged.count == 1 ? "" : "s") saved here but not yet committed", "--"] + staged)
        return staged.count
    }

    private func commitCount(from: String?, to: String) throws -> Int {
        let range = from.map { $0 + ".." + to } ?? to
        return Int(try repository.checked(["rev-list", "--count", range]).text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    private func isAncestor(_ a: String, of b: String) throws -> Bool {
        try repository.run(["merge-base", "--is-ancestor", a, b]).status == 0
    }

    /// Brings the remote's commit `theirs` in: nothing when it is already
    /// here, a fast-forward when nothing changed here, else a merge.
    private func integrate(_ theirs: String, report: inout SyncReport, progress: (String) -> Void, resolve: SyncResolver?) throws {
        guard let head = try repository.resolve("HEAD") else {
            try repository.checked(["merge", "--ff-only", "--quiet", theirs])
            report.add(received: try repository.changedFiles(from: nil, to: theirs).filter(GitRepository.isRecordPath).map(GitRepository.recordID))
            return
        }
        if head == theirs { return }
        if try isAncestor(theirs, of: head) { return }
        let baseResult = try repository.run(["merge-base", head, theirs])
        let base = baseResult.status == 0 ? baseResult.text.trimmingCharacters(in: .whitespacesAndNewlines) : nil
        let theirsChanged = try repository.changedFiles(from: base, to: theirs)
        let received = theirsChanged.filter(GitRepository.isRecordPath)
        if try isAncestor(head, of: theirs) {
            progress("Receiving \(received.count) changed record\(received.count == 1 ? "" : "s")...")
            let files = try Blobs(repository, received.map { head + ":" + $0 } + received.map { theirs + ":" + $0 })
            let flags = agreedHere(received, head: head, theirs: theirs, files: files)
            try repository.checked(["merge", "--ff-only", "--quiet", theirs])
            report.add(received: received.map(GitRepository.recordID), agreedChanged: flags)
            return
        }
        let oursChanged = Set(try repository.changedFiles(from: base, to: head))
        let both = theirsChanged.filter { oursChanged.contains($0) && GitRepository.isRecordPath($0) }
        // Every version needed, read at once: the base's, ours and theirs.
        var names: [String] = []
        for path in received {
            names.append(head + ":" + path)
            names.append(theirs + ":" + path)
            if let base { names.append(base + ":" + path) }
        }
        let files = try Blobs(repository, names)
        var merged: [(path: String, bytes: [UInt8])] = []
        var conflicts: [SharingError.RecordConflict] = []
        var flags: [SyncReport.AgreedChange] = []
        for path in both {
            let id = GitRepository.recordID(path)
            switch try mergeRecord(path, base: base, head: head, theirs: theirs, files: files, resolve: resolve) {
            case .failure(let c): conflicts.append(SharingError.RecordConflict(id: id, conflicts: c.conflicts))
            case .success(let result):
                merged.append((path, result.bytes))
                report.settled += result.settled
                if let flag = result.flag { flags.append(flag) }
            }
        }
        guard conflicts.isEmpty else { throw SharingError.conflicts(conflicts) }
        flags += agreedHere(received.filter { !both.contains($0) }, head: head, theirs: theirs, files: files)
        progress("Merging \(received.count) record\(received.count == 1 ? "" : "s") changed on origin"
                 + (merged.isEmpty ? "..." : " (\(merged.count) changed here too, merged field by field)..."))
        let unrelated = base == nil ? ["--allow-unrelated-histories"] : []
        let m = try repository.run(["merge", "--no-ff", "--no-commit", "--quiet"] + unrelated + [theirs])
        guard try repository.resolve("MERGE_HEAD") != nil else { throw SharingError.git(command: "merge", detail: m.reason) }
        for file in merged { try store.writer.write(file.bytes, to: repository.root + "/" + file.path) }
        if !merged.isEmpty { try repository.checked(["add", "--"] + merged.map(\.path)) }
        let unmerged = GitRepository.paths(try repository.checked(["diff", "--name-only", "--diff-filter=U", "-z"]))
        guard unmerged.isEmpty else {
            throw SharingError.conflicts(unmerged.map {
                SharingError.RecordConflict(id: RecordID($0), conflicts: [.init(field: "the file (git could not merge it)", ours: "changed", theirs: "changed")])
            })
        }
        try repository.checked(try repository.identityOptions() + ["commit", "--quiet", "--no-edit", "-m",
            "astpm: sync: merge \(received.count) record file\(received.count == 1 ? "" : "s") from origin"
            + (merged.isEmpty ? "" : " (\(merged.count) merged field by field)")])
        report.add(received: received.map(GitRepository.recordID), merged: merged.map { GitRepository.recordID($0.path) }, agreedChanged: flags)
    }

    /// A record merged from both sides: its file bytes, and a flag when it was agreed.
    private struct MergedRecord {
        var bytes: [UInt8]
        var flag: SyncReport.AgreedChange?
        /// Conflicts settled by a person's pick.
        var settled = 0
    }

    /// Merges one record from both sides; conflicts go to `resolve` when
    /// there is one, and every one must be settled for the record to merge.
    private func mergeRecord(_ path: String, base: String?, head: String, theirs: String, files: Blobs,
                             resolve: SyncResolver?) throws -> Result<MergedRecord, SyncConflicts> {
        let ours = files[head, path], other = files[theirs, path]
        guard let ours, let other else {
            return .failure(SyncConflicts([.init(field: "the whole record", ours: ours == nil ? "deleted" : "changed", theirs: other == nil ? "deleted" : "changed")]))
        }
        let o: DecodedRecordFile, t: DecodedRecordFile, b: DecodedRecordFile?
        do {
            o = try RecordFileDecoder.decode(ours, path: path)
            t = try RecordFileDecoder.decode(other, path: path)
            b = base.flatMap { files[$0, path] }.flatMap { try? RecordFileDecoder.decode($0, path: path) }
        } catch {
            return .failure(SyncConflicts([.init(field: "the whole record", ours: "cannot be read on one side: \(error)", theirs: nil)]))
        }
        var outcome = RecordThreeWayMerge.merge(base: b?.record, ours: o.record, theirs: t.record)
        var settled = 0
        if case .conflicts(let found) = outcome, let resolve {
            var choices: [String: RecordThreeWayMerge.Side] = [:]
            for conflict in found {
                guard let side = resolve(GitRepository.recordID(path), conflict) else { return .failure(SyncConflicts(found)) }
                choices[conflict.field] = side
            }
            settled = found.count
            outcome = RecordThreeWayMerge.merge(base: b?.record, ours: o.record, theirs: t.record, choosing: choices)
        }
        switch outcome {
        case .conflicts(let c): return .failure(SyncConflicts(c))
        case .merged(var record):
            var flag: SyncReport.AgreedChange?
            if record.status == .agreed, record != o.record, record != t.record {
                record.status = .draft
                flag = .init(id: GitRepository.recordID(path), savedBy: t.savedBy, madeDraft: true)
            } else if o.record.status == .agreed, t.record != o.record, record != o.record {
                flag = .init(id: GitRepository.recordID(path), savedBy: t.savedBy, madeDraft: false)
            }
            let bytes = try RecordFileEncoder.encodeChecked(record, savedBy: store.savedBy)
            return .success(MergedRecord(bytes: bytes, flag: flag, settled: settled))
        }
    }

    /// The records among `paths` that are agreed here and that the other side changed.
    private func agreedHere(_ paths: [String], head: String, theirs: String, files: Blobs) -> [SyncReport.AgreedChange] {
        var out: [SyncReport.AgreedChange] = []
        for path in paths {
            guard let here = files[head, path], let mine = try? RecordFileDecoder.decode(here, path: path),
                  mine.record.status == .agreed else { continue }
            let there = files[theirs, path].flatMap { try? RecordFileDecoder.decode($0, path: path) }
            out.append(.init(id: GitRepository.recordID(path), savedBy: there?.savedBy, madeDraft: false))
        }
        return out
    }
}

/// The conflicts of one record, as a failure value.
struct SyncConflicts: Error {
    var conflicts: [RecordThreeWayMerge.Conflict]
    init(_ conflicts: [RecordThreeWayMerge.Conflict]) { self.conflicts = conflicts }
}

/// Files at commits, read with one git (see `GitRepository.blobs`).
struct Blobs {
    private let found: [String: [UInt8]?]
    init(_ repository: GitRepository, _ names: [String]) throws { found = try repository.blobs(names) }
    /// The file at `path` in `commit`; nil when it is not there.
    subscript(_ commit: String, _ path: String) -> [UInt8]? { found[commit + ":" + path] ?? nil }
}

extension SyncReport {
    /// Adds what one merge brought in; a record met again (a merge after a
    /// push race) is listed once, with its latest flag.
    mutating func add(received newly: [RecordID], merged mergedNow: [RecordID] = [], agreedChanged flags: [AgreedChange] = []) {
        received += newly.filter { !received.contains($0) }
        merged += mergedNow.filter { !merged.contains($0) }
        for flag in flags {
            agreedChanged.removeAll { $0.id == flag.id }
            agreedChanged.append(flag)
        }
    }
}

import Foundation
import Records

/// The store's AST folders and their record names as they are now: the store
/// folder is always listed; an AST folder whose status is the one the index
/// has is not listed again (adding, removing or renaming a file in it would
/// have changed it), any other is. No record file is opened or looked at.
struct CurrentFolders {
    /// One AST folder and its record names, both in byte order.
    struct Folder {
        var name: String
        var names: [String]
    }

    var folders: [Folder] = []
    /// Folders that could not be listed.
    var unreadable: [UnreadableRecord] = []

    var ids: [RecordID] { folders.flatMap { f in f.names.map { RecordID(f.name + "/" + $0) } } }
}

extension FileRecordStore {
    /// Lists the folders, using and updating the index (see `CurrentFolders`).
    func currentFolders(now: Int64) throws -> CurrentFolders {
        loadIndexIfNeeded()
        let top: [String]
        do { top = try fileSystem.list(layout.root) } catch {
            throw StoreErrors.storeError(error, doing: "list the records", path: layout.root)
        }
        var out = CurrentFolders()
        var present = Set<String>()
        let names = top.filter { !$0.hasPrefix(".") }.sorted(by: RecordID.bytesPrecede)
        // Looked up from the open store folder, one path component each.
        let statuses = statusesInParallel(in: layout.root, names)
        for (name, status) in zip(names, statuses) {
            do {
                guard let names = try listedNames(of: name, status: status, now: now) else { continue }
                present.insert(name)
                out.folders.append(.init(name: name, names: names))
            } catch {
                out.unreadable.append(UnreadableRecord(path: layout.folderPath(name), reason: StoreErrors.reason(error)))
            }
        }
        indexKeepOnly(folders: present)
        return out
    }

    /// `fileSystem.statuses(in:_:)` in chunks on every core (on the real file system).
    func statusesInParallel(in folder: String, _ names: [String]) -> [FileStatus?] {
        let chunk = 1024
        guard names.count > chunk, fileSystem is PosixFileSystem, ProcessInfo.processInfo.activeProcessorCount > 1 else {
            return fileSystem.statuses(in: folder, names)
        }
        let chunks = (names.count + chunk - 1) / chunk
        let parts = UnsafeMutableBufferPointer<[FileStatus?]>.allocate(capacity: chunks)
        parts.initialize(repeating: [])
        defer { parts.deinitialize(); parts.deallocate() }
        nonisolated(unsafe) let slots = parts
        nonisolated(unsafe) let store = self
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            slots[c] = store.fileSystem.statuses(in: folder, Array(names[(c * chunk)..<min(names.count, (c + 1) * chunk)]))
        }
        return parts.flatMap { $0 }
    }

    /// One AST folder's record names: from the index when the folder's status
    /// is the one it has, else listed (and the index updated). Nil for a file
    /// beside the folders; throws when the folder cannot be listed.
    func listedNames(of name: String, now: Int64) throws -> [String]? {
        try listedNames(of: name, status: fileSystem.status(layout.folderPath(name)), now: now)
    }

    /// The same, with the folder's status already looked at.
    func listedNames(of name: String, status: FileStatus?, now: Int64) throws -> [String]? {
        let path = layout.folderPath(name)
        if let status, status.type == UInt32(S_IFLNK) {
            // A link among the AST folders is not followed: said, not skipped in silence.
            throw SystemCallError("list", path: path, code: ELOOP)
        }
        if let status, !status.isDirectory { return nil }  // a file beside the folders is no record
        if let status, let known = index.folders[name], known.status == status { return known.names }
        let files: [String]
        do { files = try fileSystem.list(path) } catch let e as SystemCallError where e.code == ENOTDIR {
            return nil
        }
        let names = files.compactMap(Self.recordName).sorted(by: RecordID.bytesPrecede)
        indexFolder(name, status: status, names: names, now: now)
        return names
    }

    /// The same, nil also when the folder cannot be listed.
    func currentNames(of name: String, now: Int64) -> [String]? {
        (try? listedNames(of: name, now: now)) ?? nil
    }

    /// The record name in a file name (`2025-26-review.md` → `2025-26-review`);
    /// nil for hidden and temporary files and anything not `.md`.
    static func recordName(_ file: String) -> String? {
        guard !file.hasPrefix("."), file.hasSuffix(StoreLayout.recordExtension) else { return nil }
        return String(file.dropLast(StoreLayout.recordExtension.count))
    }
}

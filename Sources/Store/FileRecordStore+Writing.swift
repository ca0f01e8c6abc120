import Foundation
import Records

extension FileRecordStore {
    /// Saves a new record. It goes in the folder of the AST with the same name
    /// when exactly one such folder exists and has no record of this cycle and
    /// kind yet; otherwise in a new folder (slug + unique suffix), so nothing is
    /// ever overwritten.
    public func create(_ record: Record) throws -> StoredRecord {
        try create(record, inFolder: nil)
    }

    /// Saves a new record in a given AST folder (nil: choose as `create(_:)` does).
    public func create(_ record: Record, inFolder folder: String?) throws -> StoredRecord {
        let name = StoreLayout.recordName(cycle: record.cycle, kind: record.kind)
        let bytes = try encodeChecked(record)
        return try locked("save the new record", path: layout.root) {
            let target = try folder ?? chooseFolder(for: record.ast, name: name)
            let path = layout.recordPath(folder: target, name: name)
            try refuseLinks(path)
            let newFolder = fileSystem.kind(layout.folderPath(target)) == .missing
            if newFolder {
                do { try writer.makeFolder(layout.folderPath(target)) } catch {
                    try? fileSystem.rmdir(layout.folderPath(target))
                    throw error
                }
            }
            if fileSystem.kind(path) != .missing {
                throw RecordStoreError.io(path: path, cause: "a record is already saved here; open it with 'show \(target)/\(name)' and change it instead")
            }
            do {
                return try writeRecord(record, bytes, to: path, id: RecordID(target + "/" + name))
            } catch {
                // A failed first save leaves no empty AST folder behind.
                if newFolder, fileSystem.kind(path) == .missing { try? fileSystem.rmdir(layout.folderPath(target)) }
                throw error
            }
        }
    }

    /// Replaces a record read at `expectedRevision`. The replaced version is
    /// kept in `.history/`. Fails with `changedSinceRead` (naming who saved it
    /// and when) if the file changed since it was read.
    public func update(_ id: RecordID, _ record: Record, expectedRevision: String) throws -> StoredRecord {
        let path = try layout.recordPath(id)
        let (folder, name) = try layout.parts(of: id)
        let bytes = try encodeChecked(record)
        return try locked("save the record", path: path) {
            let current: [UInt8]
            do { current = try readBytes(path) } catch let e as SystemCallError where e.code == ENOENT || e.code == ENOTDIR {
                throw RecordStoreError.notFound(id)
            }
            let revision = Fingerprint.of(current)
            guard revision == expectedRevision else {
                throw RecordStoreError.changedSinceRead(id, detail: changeDetail(current, path: path))
            }
            if current == bytes { return StoredRecord(id: id, record: record, revision: revision) }
            try keepVersion(current, folder: folder, name: name)
            return try writeRecord(record, bytes, to: path, id: id)
        }
    }

    /// Puts an earlier version back as the current record (the current one is
    /// kept in history too, so a restore can itself be undone).
    public func restore(_ id: RecordID, version: Int) throws -> StoredRecord {
        let old = try loadVersion(id, version)
        if let current = try? load(id) { return try update(id, old, expectedRevision: current.revision) }
        // The current file cannot be read (a hand edit gone wrong, say): that is
        // when an earlier version is most wanted. Keep the broken file in
        // history exactly as it is, then put the version back.
        let path = try layout.recordPath(id)
        let (folder, name) = try layout.parts(of: id)
        let bytes = try encodeChecked(old)
        return try locked("restore the record", path: path) {
            guard fileSystem.kind(path) == .file else { throw RecordStoreError.notFound(id) }
            try keepVersion(try readBytes(path), folder: folder, name: name)
            return try writeRecord(old, bytes, to: path, id: id)
        }
    }

    /// Refuses to write at `path` when it, or any folder between the store's
    /// root and it, is a symbolic link: a link inside the store (an AST folder,
    /// `.history`, `.sessions`, a record) could send records and interview
    /// answers outside it. The root itself may be a link (it is the user's choice).
    func refuseLinks(_ path: String) throws {
        guard path.hasPrefix(layout.root + "/") else { return }
        var current = layout.root
        for part in path.dropFirst(layout.root.count + 1).split(separator: "/") {
            current += "/" + part
            if fileSystem.isSymbolicLink(current) {
                throw RecordStoreError.io(path: current, cause: "this is a symbolic link, and astpm never writes through a link inside the store (it could put records outside it). Nothing was saved; replace the link with a real folder or file, or move the store with --store DIR")
            }
        }
    }

    /// Writes a record's file durably. If only the folder fsync after the rename
    /// failed, the new file is in place: that is a warning on the result, not an error.
    func writeRecord(_ record: Record, _ bytes: [UInt8], to path: String, id: RecordID) throws -> StoredRecord {
        try refuseLinks(path)
        var stored = StoredRecord(id: id, record: record, revision: Fingerprint.of(bytes))
        do { try writer.write(bytes, to: path) } catch let e as FolderNotFlushed { stored.warning = e.description }
        return stored
    }

    /// The file bytes for `record`, refusing a record that would not read back
    /// (so the store never writes a file it cannot open again).
    func encodeChecked(_ record: Record) throws -> [UInt8] {
        let text = try RecordFileEncoder.encode(record, savedBy: savedBy)
        do {
            _ = try RecordFileDecoder.decode(text: text, path: "record")
        } catch let e as RecordFileError {
            throw RecordStoreError.invalid(path: "\(record.ast) \(record.cycle) \(record.kind.rawValue)",
                                           message: "not saved: " + e.problems.map(\.message).joined(separator: "; "))
        }
        return Array(text.utf8)
    }

    /// "saved by alice@pc at 2025-10-02" from the file that is there now.
    func changeDetail(_ bytes: [UInt8], path: String) -> String {
        guard let decoded = try? RecordFileDecoder.decode(bytes, path: path) else {
            return "the file was edited and cannot be read now"
        }
        var parts: [String] = []
        if let who = decoded.savedBy { parts.append("saved by \(who)") }
        parts.append("record updated \(decoded.record.updated)")
        return parts.joined(separator: ", ")
    }

    /// Copies the version being replaced to `.history/NAME.N.md` (durably).
    func keepVersion(_ bytes: [UInt8], folder: String, name: String) throws {
        let history = layout.historyFolder(folder)
        try refuseLinks(history)
        if fileSystem.kind(history) == .missing { try writer.makeFolder(history) }
        let next = (try versionNumbers(folder: folder, name: name).max() ?? 0) + 1
        let path = layout.historyPath(folder: folder, name: name, version: next)
        try refuseLinks(path)
        try writer.write(bytes, to: path)
    }

    func versionNumbers(folder: String, name: String) throws -> [Int] {
        let history = layout.historyFolder(folder)
        guard fileSystem.kind(history) == .directory else { return [] }
        return try fileSystem.list(history).compactMap { StoreLayout.historyVersion($0, name: name) }
    }

    /// The folder for a new record of `ast`: the existing folder of that name
    /// if it is the only one and is free for `name`, else a new one.
    func chooseFolder(for ast: String, name: String) throws -> String {
        let slug = StoreLayout.slug(ast)
        let candidates = try fileSystem.list(layout.root).filter { folder in
            folder.hasPrefix(slug + "-") && folder.count == slug.count + 5 && folderBelongs(folder, to: ast)
        }
        if candidates.count == 1, fileSystem.kind(layout.recordPath(folder: candidates[0], name: name)) == .missing {
            return candidates[0]
        }
        for _ in 0..<64 {
            let folder = slug + "-" + makeSuffix()
            if fileSystem.kind(layout.folderPath(folder)) == .missing { return folder }
        }
        throw RecordStoreError.io(path: layout.root, cause: "could not find a free folder name for \(ast)")
    }

    /// True when a readable record in `folder` is about `ast`.
    func folderBelongs(_ folder: String, to ast: String) -> Bool {
        guard let files = try? fileSystem.list(layout.folderPath(folder)) else { return false }
        for file in files.sorted() where !file.hasPrefix(".") && file.hasSuffix(StoreLayout.recordExtension) {
            let path = layout.folderPath(folder) + "/" + file
            if let bytes = try? readBytes(path), let d = try? RecordFileDecoder.decode(bytes, path: path) {
                return d.record.ast == ast
            }
        }
        return false
    }

    /// Runs a write under the store lock, turning failures into clear errors.
    func locked<T>(_ action: String, path: String, _ body: () throws -> T) throws -> T {
        do {
            return try lock.withLock(body)
        } catch let e as RecordStoreError {
            throw e
        } catch {
            throw StoreErrors.storeError(error, doing: action, path: path)
        }
    }
}

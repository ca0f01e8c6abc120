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
        return try locked("save the new record", path: layout.root) { held in
            let target = try folder ?? chooseFolder(for: record.ast, name: name)
            let path = layout.recordPath(folder: target, name: name)
            try refuseLinks(path)
            held.writing(into: target)
            let newFolder = fileSystem.kind(layout.folderPath(target)) == .missing
            if newFolder {
                do { try writer.makeFolder(layout.folderPath(target)) } catch {
                    try? fileSystem.rmdir(layout.folderPath(target))
                    throw error
                }
            } else {
                removeTemporaryFiles(in: [layout.folderPath(target)])
            }
            if fileSystem.kind(path) != .missing {
                throw RecordStoreError.io(path: path, cause: "a record is already saved here; open it with 'show \(target)/\(name)' and change it instead")
            }
            do {
                return try writeRecord(record, bytes, to: path, id: RecordID(target + "/" + name), action: "save")
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
        try update(id, record, expectedRevision: expectedRevision, action: "save")
    }

    /// `update`, with the word its commit uses in a git store.
    func update(_ id: RecordID, _ record: Record, expectedRevision: String, action: String) throws -> StoredRecord {
        let path = try layout.recordPath(id)
        let (folder, name) = try layout.parts(of: id)
        let bytes = try encodeChecked(record)
        return try locked("save the record", path: path) { held in
            held.writing(into: folder)
            removeTemporaryFiles(in: [layout.folderPath(folder)])
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
            return try writeRecord(record, bytes, to: path, id: id, action: action)
        }
    }

    /// Puts an earlier version back as the current record (the current one is
    /// kept in history too, so a restore can itself be undone).
    public func restore(_ id: RecordID, version: Int) throws -> StoredRecord {
        let old = try loadVersion(id, version)
        if let current = try? load(id) { return try update(id, old, expectedRevision: current.revision, action: "restore version \(version) of") }
        // The current file cannot be read (a hand edit gone wrong, say): that is
        // when an earlier version is most wanted. Keep the broken file in
        // history exactly as it is, then put the version back.
        let path = try layout.recordPath(id)
        let (folder, name) = try layout.parts(of: id)
        let bytes = try encodeChecked(old)
        return try locked("restore the record", path: path) { held in
            held.writing(into: folder)
            guard fileSystem.kind(path) != .missing else { throw RecordStoreError.notFound(id) }
            try refuseLinks(path)
            try keepVersion(try readBytes(path), folder: folder, name: name)
            return try writeRecord(old, bytes, to: path, id: id, action: "restore version \(version) of")
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
                throw RecordStoreError.io(path: current, cause: "this is a symbolic link inside the record store, and astpm never reads or writes through a link there (it could put records outside the store). Nothing was saved; replace the link with the real folder or file, or move the store with --store DIR")
            }
        }
    }

    /// Writes a record's file durably. If only the folder fsync after the rename
    /// failed, the new file is in place: that is a warning on the result, not an error.
    /// In a git store the file is then committed (see `commitSaved`).
    func writeRecord(_ record: Record, _ bytes: [UInt8], to path: String, id: RecordID, action: String) throws -> StoredRecord {
        try refuseLinks(path)
        var stored = StoredRecord(id: id, record: record, revision: Fingerprint.of(bytes))
        do { try writer.write(bytes, to: path) } catch let e as FolderNotFlushed { stored.warning = e.description }
        if let problem = commitSaved(record, id: id, path: path, action: action) {
            stored.warning = [stored.warning, problem].compactMap { $0 }.joined(separator: "; ")
        }
        return stored
    }

    /// The file bytes for `record`, refusing a record that would not read back.
    func encodeChecked(_ record: Record) throws -> [UInt8] {
        try RecordFileEncoder.encodeChecked(record, savedBy: savedBy)
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
        if fileSystem.kind(history) == .missing { try writer.makeFolder(history) } else { sweepHistory(folder) }
        let next = (try versionNumbers(folder: folder, name: name).max() ?? 0) + 1
        let path = layout.historyPath(folder: folder, name: name, version: next)
        try refuseLinks(path)
        try writer.write(bytes, to: path)
    }

    func versionNumbers(folder: String, name: String) throws -> [Int] {
        let history = layout.historyFolder(folder)
        // A linked .history is listed, so that it fails naming the link.
        guard fileSystem.kind(history) != .missing else { return [] }
        return try fileSystem.list(history).compactMap { StoreLayout.historyVersion($0, name: name) }
    }

    /// Removes what a killed save left in the folder's history (with the lock held).
    func sweepHistory(_ folder: String) {
        let history = layout.historyFolder(folder)
        guard !fileSystem.isSymbolicLink(history) else { return }
        for name in (try? fileSystem.list(history)) ?? [] where DurableWriter.isTemporary(name) {
            try? fileSystem.unlink(history + "/" + name)
        }
    }

    /// The folder for a new record of `ast` (see `RecordPlacement`).
    func chooseFolder(for ast: String, name: String) throws -> String {
        let folders = try fileSystem.list(layout.root)
        // A link named like this AST's folder may have its records behind it:
        // refused, rather than a second folder made beside it.
        let slug = StoreLayout.slug(ast)
        for folder in folders where RecordPlacement.isFolder(folder, of: slug) { try refuseLinks(layout.folderPath(folder)) }
        let chosen = RecordPlacement.folder(
            for: ast, folders: folders, belongs: { folderBelongs($0, to: ast) },
            isFree: { fileSystem.kind(layout.recordPath(folder: $0, name: name)) == .missing },
            exists: { fileSystem.kind(layout.folderPath($0)) != .missing }, makeSuffix: makeSuffix)
        guard let chosen else {
            throw RecordStoreError.io(path: layout.root, cause: "could not find a free folder name for \(ast)")
        }
        return chosen
    }

    /// True when a readable record in `folder` is about `ast`.
    func folderBelongs(_ folder: String, to ast: String) -> Bool {
        guard let files = try? fileSystem.list(layout.folderPath(folder)) else { return false }
        for file in files.sorted(by: RecordID.bytesPrecede) where !file.hasPrefix(".") && file.hasSuffix(StoreLayout.recordExtension) {
            let path = layout.folderPath(folder) + "/" + file
            if let bytes = try? readBytes(path), let d = try? RecordFileDecoder.decode(bytes, path: path) {
                return d.record.ast == ast
            }
        }
        return false
    }

    /// Runs a write under the store lock, turning failures into clear errors.
    func locked<T>(_ action: String, path: String, _ body: () throws -> T) throws -> T {
        try locked(action, path: path) { (_: StoreLock.Held) in try body() }
    }

    /// The same, with the lock's journal (to name the folder a save writes into).
    func locked<T>(_ action: String, path: String, _ body: (StoreLock.Held) throws -> T) throws -> T {
        do {
            return try lock.withLock(body)
        } catch let e as RecordStoreError {
            throw e
        } catch let e as SharingError {
            throw e
        } catch {
            throw StoreErrors.storeError(error, doing: action, path: path)
        }
    }
}

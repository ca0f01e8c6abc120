import Foundation
import Records

/// Listing and finding through the index: every answer comes from the files
/// as they are now. A record file whose status (type, size, times to the
/// nanosecond, inode) is the one the index has is not opened; any other is
/// read again and the index updated and written back.
extension FileRecordStore {
    /// Every record's header in id order, reading only the files that changed
    /// since the index saw them.
    public func summaries(_ visit: (RecordSummary) throws -> Void) throws -> [UnreadableRecord] {
        let now = FileStatus.now()
        let current = try currentFolders(now: now)
        let checked = checkAgainstIndex(current.folders)
        var entries: [StoreIndex.Content?] = []
        var toRead: [FileToRead] = []
        var slotOfRead: [Int] = []
        for (f, folder) in current.folders.enumerated() {
            let files = index.folders[folder.name]?.files ?? [:]
            for (n, name) in folder.names.enumerated() {
                if let status = checked[f][n], let known = files[name], known.status == status {
                    entries.append(known.content)
                } else {
                    // Changed, or new to the index: read (its status is taken from the open file).
                    slotOfRead.append(entries.count)
                    entries.append(nil)
                    toRead.append(FileToRead(folder: folder.name, name: name, path: layout.recordPath(folder: folder.name, name: name),
                                             status: checked[f][n]))
                }
            }
        }
        read(toRead, headersOnly: true) { i, outcome in
            entries[slotOfRead[i]] = remember(outcome, of: toRead[i], now: now)
        }
        saveIndexIfChanged()
        var unreadable = current.unreadable
        var slot = 0
        for folder in current.folders {
            for name in folder.names {
                defer { slot += 1 }
                switch entries[slot]! {
                case .record(let header):
                    try visit(header.summary(RecordID(folder.name + "/" + name)))
                case .unreadable(let reason):
                    let path = layout.recordPath(folder: folder.name, name: name)
                    unreadable.append(UnreadableRecord(path: path, reason: IndexedReason.shown(reason, path: path)))
                }
            }
        }
        return unreadable + unreadableSessions()
    }

    /// For each folder, the status now of each record file the index has an
    /// entry for (nil for the others: they are read anyway). Entries not yet
    /// decoded are decoded on the way. Folders are done in parallel on the real
    /// file system; the index is updated afterwards, on this thread.
    func checkAgainstIndex(_ folders: [CurrentFolders.Folder]) -> [[FileStatus?]] {
        let count = folders.count
        let decoded = UnsafeMutableBufferPointer<[String: StoreIndex.File]?>.allocate(capacity: count)
        let statuses = UnsafeMutableBufferPointer<[FileStatus?]>.allocate(capacity: count)
        decoded.initialize(repeating: nil)
        statuses.initialize(repeating: [])
        defer {
            decoded.deinitialize()
            decoded.deallocate()
            statuses.deinitialize()
            statuses.deallocate()
        }
        do {
            let known = index.folders
            nonisolated(unsafe) let decodedSlots = decoded, statusSlots = statuses
            nonisolated(unsafe) let store = self
            // Decodes a folder's entries; returns which of its names have one.
            let decode: @Sendable (Int) -> [Bool] = { i in
                let folder = folders[i]
                guard let entry = known[folder.name] else { return Array(repeating: false, count: folder.names.count) }
                var files = entry.files
                if let bytes = entry.encoded {
                    files = (try? IndexFileFormat.decodeEntries(bytes, names: entry.names)) ?? [:]
                    decodedSlots[i] = files
                }
                return folder.names.map { files[$0] != nil }
            }
            let chunk = 64
            let chunks = (count + chunk - 1) / chunk
            // A chunk of folders at a time: their files are looked up from the
            // open store folder (two path components each, not the whole path).
            let each: @Sendable (Int) -> Void = { c in
                let range = (c * chunk)..<min(count, (c + 1) * chunk)
                var has: [[Bool]] = []
                var paths: [String] = []
                for i in range {
                    let flags = decode(i)
                    has.append(flags)
                    for (n, name) in folders[i].names.enumerated() where flags[n] {
                        paths.append(folders[i].name + "/" + name + StoreLayout.recordExtension)
                    }
                }
                var found = store.fileSystem.statuses(in: store.layout.root, paths).makeIterator()
                for (k, i) in range.enumerated() {
                    statusSlots[i] = has[k].map { $0 ? found.next()! : nil }
                }
            }
            if count > chunk, fileSystem is PosixFileSystem, ProcessInfo.processInfo.activeProcessorCount > 1 {
                DispatchQueue.concurrentPerform(iterations: chunks, execute: each)
            } else {
                for c in 0..<chunks { each(c) }
            }
        }
        for (i, folder) in folders.enumerated() {
            guard let files = decoded[i] else { continue }
            if index.folders[folder.name]?.encoded != nil {
                index.folders[folder.name]!.encoded = nil
                index.folders[folder.name]!.encodedASTs = []
                index.folders[folder.name]!.files = files
            }
        }
        return Array(statuses)
    }

    /// Every readable record in full, in id order (every file is read), refreshing the index on the way.
    public func scan(_ visit: (StoredRecord) throws -> Void) throws -> [UnreadableRecord] {
        let now = FileStatus.now()
        let current = try currentFolders(now: now)
        var files: [FileToRead] = []
        for folder in current.folders {
            for name in folder.names {
                let path = layout.recordPath(folder: folder.name, name: name)
                files.append(FileToRead(folder: folder.name, name: name, path: path, status: fileSystem.status(path)))
            }
        }
        var unreadable = current.unreadable
        try read(files) { i, outcome in
            _ = remember(outcome, of: files[i], now: now)
            switch outcome {
            case .record(let stored, _): try visit(stored)
            case .unreadable(let reason, _): unreadable.append(UnreadableRecord(path: files[i].path, reason: reason))
            case .header: break
            }
        }
        saveIndexIfChanged()
        return unreadable + unreadableSessions()
    }

    /// Every record id, from the folders' names alone (no record file is looked at).
    public func ids() throws -> [RecordID] {
        let current = try currentFolders(now: FileStatus.now())
        saveIndexIfChanged()
        return current.ids
    }

    /// The ids starting with `prefix`, from the folders they can be in: the
    /// one folder a prefix with a '/' names, else those whose name starts with
    /// it. A few folders are simply listed (the index is not even loaded);
    /// many are listed through the index, as `ids()` does.
    public func ids(withPrefix prefix: String) throws -> [RecordID] {
        let folders: [String]
        if let slash = prefix.firstIndex(of: "/") {
            let folder = String(prefix[..<slash])
            guard IndexFileFormat.isPlainName(folder) else { return [] }
            folders = [folder]
        } else {
            let top: [String]
            do { top = try fileSystem.list(layout.root) } catch {
                throw StoreErrors.storeError(error, doing: "list the records", path: layout.root)
            }
            folders = top.filter { !$0.hasPrefix(".") && $0.hasPrefix(prefix) }.sorted(by: RecordID.bytesPrecede)
        }
        let now = FileStatus.now()
        var out: [RecordID] = []
        for folder in folders {
            let names: [String]?
            if folders.count <= 32 {
                let status = fileSystem.status(layout.folderPath(folder))
                guard status?.isDirectory == true, let files = try? fileSystem.list(layout.folderPath(folder)) else { continue }
                names = files.compactMap(Self.recordName).sorted(by: RecordID.bytesPrecede)
            } else {
                loadIndexIfNeeded()
                names = currentNames(of: folder, now: now)
            }
            for name in names ?? [] where (folder + "/" + name).hasPrefix(prefix) { out.append(RecordID(folder + "/" + name)) }
        }
        saveIndexIfChanged()
        return out
    }

    /// The records of one AST, touching only the files that can be its
    /// records: those in the folders made for its name (`SLUG-XXXX`, where
    /// astpm saves them; each folder checked against its status and each file
    /// against its own, and read if it changed) and those the index last saw
    /// naming it elsewhere (checked the same way). The store folder is listed
    /// to find the AST's folders; no other folder is looked into. The files
    /// found unreadable in its folders are returned too (of `cycle` and `kind`
    /// only, when both are given).
    public func records(of ast: String, cycle: String?, kind: RecordKind?) throws -> RecordMatches {
        let now = FileStatus.now()
        loadIndexIfNeeded()
        let key = RecordMatches.Key(ast: ast, cycle: cycle, kind: kind)
        let slug = StoreLayout.slug(ast)
        let wantedName = cycle.flatMap { c in kind.map { StoreLayout.recordName(cycle: Cycle.canonical(c), kind: $0) } }
        var sameName: [String: Bool] = [:]
        func names(_ other: String) -> Bool {
            if let known = sameName[other] { return known }
            let same = PersonName.folded(other) == key.folded
            sameName[other] = same
            return same
        }
        func wanted(_ h: RecordHeader) -> Bool {
            (key.kind == nil || key.kind == h.kind) && (key.cycle == nil || Cycle.canonical(h.cycle) == key.cycle) && names(h.ast)
        }
        let top: [String]
        do { top = try fileSystem.list(layout.root) } catch {
            throw StoreErrors.storeError(error, doing: "list the records", path: layout.root)
        }
        var toRead: [FileToRead] = []
        var inOwnFolder: [Bool] = []
        var out = RecordMatches()
        for folder in top.sorted(by: RecordID.bytesPrecede) where !folder.hasPrefix(".") {
            let own = folder == slug || folder.hasPrefix(slug + "-")
            let recordNames: [String]
            if own {
                guard let listed = currentNames(of: folder, now: now) else { continue }
                recordNames = listed
            } else {
                // Another AST's folder: looked into only where the index saw this AST's records.
                guard let known = index.folders[folder], known.asts.contains(where: names) else { continue }
                recordNames = known.names
            }
            for name in recordNames {
                let path = layout.recordPath(folder: folder, name: name)
                let entry = indexedFiles(folder)[name]
                if !own {
                    guard let entry, case .record(let h) = entry.content, wanted(h) else { continue }
                }
                let status = fileSystem.status(path)
                if let entry, entry.status == status {
                    switch entry.content {
                    case .record(let h) where !wanted(h): continue
                    case .unreadable(let reason):
                        if own, wantedName == nil || wantedName == name {
                            out.unreadable.append(UnreadableRecord(path: path, reason: IndexedReason.shown(reason, path: path)))
                        }
                        continue
                    case .record: break  // one of its records: read it in full below
                    }
                }
                toRead.append(FileToRead(folder: folder, name: name, path: path, status: status))
                inOwnFolder.append(own)
            }
        }
        read(toRead) { i, outcome in
            let file = toRead[i]
            _ = remember(outcome, of: file, now: now)
            switch outcome {
            case .record(let stored, _):
                if wanted(RecordHeader(stored)) { out.records.append(stored) }
            case .unreadable(let reason, _):
                if inOwnFolder[i], wantedName == nil || wantedName == file.name {
                    out.unreadable.append(UnreadableRecord(path: file.path, reason: reason))
                }
            case .header: break
            }
        }
        saveIndexIfChanged()
        out.records.sort { $0.id < $1.id }
        return out
    }

    /// Puts what reading a file gave into the index; returns it as the index keeps it.
    private func remember(_ outcome: FileOutcome, of file: FileToRead, now: Int64) -> StoreIndex.Content {
        let content: StoreIndex.Content, status: FileStatus?
        switch outcome {
        case .record(let stored, let s): (content, status) = (.record(RecordHeader(stored)), s)
        case .header(let header, let s): (content, status) = (.record(header), s)
        case .unreadable(let reason, let s): (content, status) = (.unreadable(IndexedReason.stored(reason, path: file.path)), s)
        }
        indexFile(file.folder, file.name, status: status, content: content, now: now)
        return content
    }
}

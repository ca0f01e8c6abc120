import Records

/// Finding one AST's records (saving, importing and the interviews need them)
/// without looking at every record.
extension FileRecordStore {
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
        func names(_ other: String) -> Bool { PersonName.folds(other, to: key.folded) }
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
        func isOwn(_ folder: String) -> Bool { folder == slug || folder.hasPrefix(slug + "-") }
        // Only the folders that can hold its records are sorted (the store may have thousands).
        let candidates = top.filter { folder in
            !folder.hasPrefix(".") && (isOwn(folder) || index.folders[folder]?.asts.contains(where: names) == true)
        }
        for folder in candidates.sorted(by: RecordID.bytesPrecede) {
            let own = isOwn(folder)
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
}

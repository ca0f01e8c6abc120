import Records

/// Reading and writing the index file (`.index`). The index is a cache: a
/// missing, damaged, linked or unreadable index file is the same as an empty
/// index (everything is read again and a new file written), and a failure to
/// write one is never an error.
extension FileRecordStore {
    /// Loads the index file the first time it is needed.
    func loadIndexIfNeeded() {
        guard !indexLoaded else { return }
        indexLoaded = true
        let path = layout.indexPath
        guard !fileSystem.isSymbolicLink(path), let bytes = try? fileSystem.readFile(path, limit: IndexFileFormat.maxBytes),
              let loaded = try? IndexFileFormat.decode(bytes) else {
            // No usable index: start empty, and write one once the files are read.
            index = StoreIndex()
            indexChanged = fileSystem.kind(path) != .missing
            return
        }
        index = loaded
        indexChanged = false
    }

    /// Writes the index file when the index changed: a temporary file renamed
    /// over it (never half written), under the store lock (so the sweep of
    /// another astpm starting never takes the temporary file) and only when the
    /// lock is free at once; otherwise a later listing writes it.
    func saveIndexIfChanged() {
        guard indexChanged else { return }
        let bytes = IndexFileFormat.encode(index)
        let written = (try? lock.tryLock { _ in
            try writer.write(bytes, to: layout.indexPath, durable: false)
        }) != nil
        if written { indexChanged = false }
    }

    // MARK: Looking up and changing the index in memory

    /// The index's entries for `folder` (decoded on first use; none for a folder it does not have).
    func indexedFiles(_ folder: String) -> [String: StoreIndex.File] {
        if index.decodeFiles(folder) { indexChanged = true }
        return index.folders[folder]?.files ?? [:]
    }

    /// The index's entry for `folder/name` when the file still has `status`.
    func indexedFile(_ folder: String, _ name: String, matching status: FileStatus?) -> StoreIndex.File? {
        guard let status, let f = indexedFiles(folder)[name], f.status == status else { return nil }
        return f
    }

    /// Records a folder's names (and its status, unless it changed too
    /// recently to be trusted), keeping the entries of names still there.
    func indexFolder(_ name: String, status: FileStatus?, names: [String], now: Int64) {
        let trusted = status.flatMap { $0.isRecent(now: now, slack: recentSlack) ? nil : $0 }
        if var same = index.folders[name], same.names == names {
            // Same names: the entries stand as they are (still encoded, if not read yet).
            guard same.status != trusted else { return }
            same.status = trusted
            index.folders[name] = same
            indexChanged = true
            return
        }
        let old = index.folders[name].map { _ in indexedFiles(name) }
        let kept = Set(names)
        let folder = StoreIndex.Folder(status: trusted, names: names, files: (old ?? [:]).filter { kept.contains($0.key) })
        guard folder != index.folders[name] else { return }
        index.folders[name] = folder
        indexChanged = true
    }

    /// Forgets folders that are no longer in the store.
    func indexKeepOnly(folders present: Set<String>) {
        let gone = index.folders.keys.filter { !present.contains($0) }
        guard !gone.isEmpty else { return }
        for name in gone { index.folders[name] = nil }
        indexChanged = true
    }

    /// Records what a file said when read with `status` (nothing is kept for
    /// a file whose status is unknown or too recent to be trusted: it is read again next time).
    func indexFile(_ folder: String, _ name: String, status: FileStatus?, content: StoreIndex.Content, now: Int64) {
        guard index.folders[folder] != nil else { return }
        _ = indexedFiles(folder)
        guard let status, !status.isRecent(now: now, slack: recentSlack), let content = IndexFileFormat.storable(content) else {
            if index.folders[folder]!.files.removeValue(forKey: name) != nil { indexChanged = true }
            return
        }
        let entry = StoreIndex.File(status: status, content: content)
        if index.folders[folder]!.files[name] != entry {
            index.folders[folder]!.files[name] = entry
            indexChanged = true
        }
    }
}

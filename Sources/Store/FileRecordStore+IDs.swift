import Records

/// Record ids from the folders' names alone: no record file is opened.
extension FileRecordStore {
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
}

import Foundation

/// Checking the index's entries against the files' statuses, in parallel.
extension FileRecordStore {
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
}

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

    /// Every readable record in full, in id order (every file is read), refreshing the index on the way.
    public func scan(_ visit: (StoredRecord) throws -> Void) throws -> [UnreadableRecord] {
        try scanFiles(headersOnly: false, digest: nil as (@Sendable (StoredRecord) -> Void?)?) { outcome, _ in
            if case .record(let stored, _) = outcome { try visit(stored) }
        }
    }

    /// `transform` of every readable record, worked out on the reading threads
    /// (only each record's header is kept past them), in id order.
    public func scan<T>(transform: @escaping @Sendable (StoredRecord) -> T?, _ visit: (T) throws -> Void) throws -> [UnreadableRecord] {
        try scanFiles(headersOnly: true, digest: transform) { _, value in
            if let value { try visit(value) }
        }
    }

    /// Reads every record file, refreshing the index on the way; returns the
    /// files that could not be read.
    private func scanFiles<T>(headersOnly: Bool, digest: (@Sendable (StoredRecord) -> T?)?,
                              _ each: (FileOutcome, T?) throws -> Void) throws -> [UnreadableRecord] {
        let now = FileStatus.now()
        let current = try currentFolders(now: now)
        var files: [FileToRead] = []
        for folder in current.folders {
            for name in folder.names {
                // Every file is read; its status comes from the open file.
                files.append(FileToRead(folder: folder.name, name: name, path: layout.recordPath(folder: folder.name, name: name), status: nil))
            }
        }
        var unreadable = current.unreadable
        try read(files, headersOnly: headersOnly, digest: digest) { i, outcome, value in
            _ = remember(outcome, of: files[i], now: now)
            if case .unreadable(let reason, _) = outcome {
                unreadable.append(UnreadableRecord(path: files[i].path, reason: reason))
            }
            try each(outcome, value)
        }
        saveIndexIfChanged()
        return unreadable + unreadableSessions()
    }

    /// Puts what reading a file gave into the index; returns it as the index keeps it.
    func remember(_ outcome: FileOutcome, of file: FileToRead, now: Int64) -> StoreIndex.Content {
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

import Records

extension FileRecordStore {
    /// Saves a paused interview durably (the same atomic, fsynced way as records).
    /// A failed save leaves no empty file: the name's reservation (an empty
    /// file, see `reserveSessionName`) is removed when no autosave ever filled it.
    public func saveSession(_ name: String, _ data: [UInt8]) throws {
        let path = layout.sessionsFolder + "/" + StoreLayout.sessionFileName(name)
        do {
            try locked("autosave the interview", path: path) {
                try refuseLinks(path)
                if fileSystem.kind(layout.sessionsFolder) == .missing { try writer.makeFolder(layout.sessionsFolder) }
                try writer.write(data, to: path)
            }
        } catch {
            // The name was reserved by this session, so nobody else writes it.
            if fileSystem.regularFileSize(path) == 0 { try? fileSystem.unlink(path) }
            throw error
        }
    }

    public func loadSession(_ name: String) throws -> [UInt8]? {
        let path = layout.sessionsFolder + "/" + StoreLayout.sessionFileName(name)
        // Anything there is read, so a link or a FIFO is refused with its reason, not taken for no session.
        guard fileSystem.kind(path) != .missing else { return nil }
        do { return try fileSystem.readFile(path, limit: 16 << 20) } catch {
            throw StoreErrors.storeError(error, doing: "read the paused interview", path: path)
        }
    }

    /// Paused interviews: session files with something in them. An empty one
    /// (or one that is not a regular file) is no session; `unreadableSessions`
    /// reports it.
    public func listSessions() throws -> [String] {
        try sessionFiles().filter { ($0.size ?? 0) > 0 }.map(\.name)
    }

    /// Session files that hold no paused interview: empty (an autosave that
    /// never completed) or not regular files. `records` lists them as unreadable.
    public func unreadableSessions() -> [UnreadableRecord] {
        ((try? sessionFiles()) ?? []).filter { ($0.size ?? 0) == 0 }.map { file in
            UnreadableRecord(path: file.path, reason: file.size == nil
                ? "\(file.path): not a regular file, so it holds no paused interview; remove it"
                : "\(file.path): empty, so it holds no paused interview (an autosave did not complete); remove it, unless an astpm is starting an interview at this moment")
        }
    }

    private func sessionFiles() throws -> [(name: String, path: String, size: Int?)] {
        guard fileSystem.kind(layout.sessionsFolder) == .directory else { return [] }
        let files: [String]
        do { files = try fileSystem.list(layout.sessionsFolder) } catch {
            throw StoreErrors.storeError(error, doing: "list paused interviews", path: layout.sessionsFolder)
        }
        return files.sorted().compactMap { file in
            guard let name = StoreLayout.sessionName(fromFile: file) else { return nil }
            let path = layout.sessionsFolder + "/" + file
            return (name, path, fileSystem.regularFileSize(path))
        }.sorted { $0.name < $1.name }
    }

    /// Picks the next free `PREFIX-N` and creates its (empty) session file under
    /// the store lock, so another astpm choosing at the same moment gets the next number.
    public func reserveSessionName(prefix: String) throws -> String {
        try locked("start the interview's autosave", path: layout.sessionsFolder) {
            if fileSystem.kind(layout.sessionsFolder) == .missing { try writer.makeFolder(layout.sessionsFolder) }
            // Every session file counts, empty ones too: an empty one may be another
            // astpm's reservation whose first autosave has not happened yet.
            let name = SessionNames.firstFree(prefix: prefix, taken: try sessionFiles().map(\.name))
            try refuseLinks(layout.sessionsFolder + "/" + StoreLayout.sessionFileName(name))
            try writer.write([], to: layout.sessionsFolder + "/" + StoreLayout.sessionFileName(name))
            return name
        }
    }

    public func deleteSession(_ name: String) throws {
        let path = layout.sessionsFolder + "/" + StoreLayout.sessionFileName(name)
        guard fileSystem.kind(path) == .file else { return }
        try locked("remove the paused interview", path: path) {
            try refuseLinks(layout.sessionsFolder)
            try fileSystem.unlink(path)
            try writer.syncFolder(layout.sessionsFolder)
        }
    }
}

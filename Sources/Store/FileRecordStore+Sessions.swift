import Records

extension FileRecordStore {
    /// Saves a paused interview durably (the same atomic, fsynced way as records).
    public func saveSession(_ name: String, _ data: [UInt8]) throws {
        let path = layout.sessionsFolder + "/" + StoreLayout.sessionFileName(name)
        try locked("autosave the interview", path: path) {
            try refuseLinks(path)
            if fileSystem.kind(layout.sessionsFolder) == .missing { try writer.makeFolder(layout.sessionsFolder) }
            try writer.write(data, to: path)
        }
    }

    public func loadSession(_ name: String) throws -> [UInt8]? {
        let path = layout.sessionsFolder + "/" + StoreLayout.sessionFileName(name)
        guard fileSystem.kind(path) == .file else { return nil }
        do { return try fileSystem.readFile(path, limit: 16 << 20) } catch {
            throw StoreErrors.storeError(error, doing: "read the paused interview", path: path)
        }
    }

    public func listSessions() throws -> [String] {
        guard fileSystem.kind(layout.sessionsFolder) == .directory else { return [] }
        do {
            return try fileSystem.list(layout.sessionsFolder).compactMap(StoreLayout.sessionName(fromFile:)).sorted()
        } catch {
            throw StoreErrors.storeError(error, doing: "list paused interviews", path: layout.sessionsFolder)
        }
    }

    /// Picks the next free `PREFIX-N` and creates its (empty) session file under
    /// the store lock, so another astpm choosing at the same moment gets the next number.
    public func reserveSessionName(prefix: String) throws -> String {
        try locked("start the interview's autosave", path: layout.sessionsFolder) {
            if fileSystem.kind(layout.sessionsFolder) == .missing { try writer.makeFolder(layout.sessionsFolder) }
            let name = SessionNames.firstFree(prefix: prefix, taken: try listSessions())
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

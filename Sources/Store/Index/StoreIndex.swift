import Records

/// The store's index, like git's: for each AST folder, the record files it
/// held when last listed, and for each record file the status it had when it
/// was read with what it said (its header, or why it could not be read).
/// It is derived data: every entry is checked against the file's status
/// before it is used, and anything that does not match is read again.
struct StoreIndex: Equatable, Sendable {
    /// Folder name → what the index knows of it.
    var folders: [String: Folder] = [:]

    /// One AST folder.
    struct Folder: Equatable, Sendable {
        /// The folder's status when `names` was listed; nil when the names are
        /// not to be trusted (the folder changed too recently), so it is listed again.
        var status: FileStatus?
        /// Record names (file names without `.md`), in byte order.
        var names: [String] = []
        /// Record name → the file as last read. Names with no entry are read.
        /// Empty until `encoded` is decoded (see `StoreIndex.decodeFiles`).
        var files: [String: File] = [:]
        /// The entries as the index file holds them, not read yet: most
        /// commands need only the folders' names, so entries are decoded when
        /// a folder's files are first looked at.
        var encoded: ArraySlice<UInt8>?
        /// The AST names its record entries hold, as the index file gave them
        /// (while `encoded` is not decoded), so finding one AST's records need
        /// not decode every folder's entries.
        var encodedASTs: [String] = []

        /// The AST names in the folder's record entries, in byte order.
        var asts: [String] {
            if encoded != nil { return encodedASTs }
            var seen = Set<String>()
            for file in files.values { if case .record(let h) = file.content { seen.insert(h.ast) } }
            return seen.sorted(by: RecordID.bytesPrecede)
        }
    }

    /// One record file as last read.
    struct File: Equatable, Sendable {
        var status: FileStatus
        var content: Content
    }

    /// What a record file said when it was read.
    enum Content: Equatable, Sendable {
        case record(RecordHeader)
        /// The file could not be read as a record: the reason, as `records` reports it.
        case unreadable(String)
    }

    /// Decodes a folder's entries from the index file's bytes, once. Entries
    /// that do not decode are dropped (their files are read again), and the
    /// index is then to be written anew: the result says whether that happened.
    @discardableResult
    mutating func decodeFiles(_ folder: String) -> Bool {
        guard let bytes = folders[folder]?.encoded else { return false }
        let names = folders[folder]!.names
        folders[folder]!.encoded = nil
        folders[folder]!.encodedASTs = []
        if let files = try? IndexFileFormat.decodeEntries(bytes, names: names) {
            folders[folder]!.files = files
            return false
        }
        folders[folder]!.files = [:]
        return true
    }
}

/// A record's header fields as the index keeps them (a summary without its id).
struct RecordHeader: Equatable, Sendable {
    var kind: RecordKind
    var status: RecordStatus
    var ast: String
    var cycle: String
    var created: String
    var updated: String
    var revision: String

    init(kind: RecordKind, status: RecordStatus, ast: String, cycle: String, created: String, updated: String, revision: String) {
        self.kind = kind
        self.status = status
        self.ast = ast
        self.cycle = cycle
        self.created = created
        self.updated = updated
        self.revision = revision
    }

    init(_ stored: StoredRecord) {
        let r = stored.record
        self.init(kind: r.kind, status: r.status, ast: r.ast, cycle: r.cycle, created: r.created,
                  updated: r.updated, revision: stored.revision)
    }

    func summary(_ id: RecordID) -> RecordSummary {
        RecordSummary(id: id, kind: kind, status: status, ast: ast, cycle: cycle, created: created,
                      updated: updated, revision: revision)
    }
}

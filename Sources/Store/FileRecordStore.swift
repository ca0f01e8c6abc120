import Foundation
import XDGPaths
import Records

/// The plain-file record store: one folder per AST, one Markdown file with
/// YAML front matter per record, atomic durable saves, earlier versions in
/// `.history/`, an advisory lock around every write and a revision check
/// against lost updates, and an index of every record's header so that
/// listing does not read unchanged files (see `StoreIndex`). See `StoreLayout`
/// for the folder layout and the README's "Record store" section for the format.
public final class FileRecordStore: RecordStore {
    /// The store folder.
    public let root: URL
    public let layout: StoreLayout
    let fileSystem: FileSystem
    let writer: DurableWriter
    let lock: StoreLock
    /// Who saves, written to each file as `saved_by` (e.g. `alice@staffroom-pc`).
    public let savedBy: String
    /// Makes the short unique suffix of a new AST folder.
    let makeSuffix: () -> String
    /// The index as this process last loaded, built or changed it (see `StoreIndex`).
    var index = StoreIndex()
    /// Whether `index` was read from the store's index file yet.
    var indexLoaded = false
    /// Whether `index` differs from the index file.
    var indexChanged = false
    /// How recently changed a file may be and still have its index entry
    /// trusted (see `FileStatus.isRecent`); tests set 0 to see entries kept at once.
    var recentSlack = FileStatus.recentSlack
    /// Runs `git` for a git store (tests pass one with their own environment).
    let gitRunner: GitRunner
    /// The store's git work tree when the store folder is one (see
    /// `GitRepository.isWorkTree`): every save is then also a commit.
    var repository: GitRepository?

    /// Opens (creating if needed, with mode 0700) the store at `root` and sweeps
    /// temporary files left by a crash.
    /// - Parameters:
    ///   - fileSystem: the system calls (tests pass one that fails on purpose);
    ///     by default the real ones, confined to the store so that no link
    ///     inside it is ever followed (see `PosixFileSystem`).
    ///   - savedBy: who is saving; defaults to `$USER@hostname`.
    ///   - lockTimeout: seconds to wait for another astpm's save to finish.
    ///   - git: runs the `git` command when the folder is a git work tree
    ///     (by default `git` on `PATH`).
    ///   - onLockWait: called once when a save has waited half a second for
    ///     another astpm's (with the timeout), so the wait can be explained.
    public init(root: URL, fileSystem: FileSystem? = nil, savedBy: String? = nil,
                lockTimeout: Double = 15, onLockWait: (@Sendable (Double) -> Void)? = nil,
                makeSuffix: (() -> String)? = nil, git: GitRunner? = nil) throws {
        self.root = root
        self.layout = StoreLayout(root: root.path)
        let fileSystem = fileSystem ?? PosixFileSystem(confinedTo: layout.root)
        self.fileSystem = fileSystem
        self.writer = DurableWriter(fileSystem: fileSystem)
        self.lock = StoreLock(fileSystem: fileSystem, path: layout.lockPath, timeout: lockTimeout, onWait: onLockWait)
        self.savedBy = savedBy ?? FileRecordStore.defaultWriter()
        self.makeSuffix = makeSuffix ?? { String(format: "%04x", UInt16.random(in: 0...UInt16.max)) }
        self.gitRunner = git ?? ProcessGitRunner()
        try prepareRoot()
        sweepTemporaryFiles()
        if GitRepository.isWorkTree(layout.root) {
            repository = GitRepository(root: layout.root, runner: gitRunner, savedBy: self.savedBy)
        }
    }

    /// A second handle on `other`'s folder, with its own index in memory (the
    /// folder is already prepared and swept).
    private init(sharingFolderOf other: FileRecordStore) {
        root = other.root
        layout = other.layout
        fileSystem = other.fileSystem
        writer = other.writer
        lock = other.lock
        savedBy = other.savedBy
        makeSuffix = other.makeSuffix
        recentSlack = other.recentSlack
        gitRunner = other.gitRunner
        repository = other.repository
    }

    /// A handle of its own for another thread: nothing in memory is shared
    /// (each keeps its own index), and the files are guarded by the store lock
    /// as between two processes.
    public func separateReader() -> RecordStore? { FileRecordStore(sharingFolderOf: self) }

    /// Where the store lives by default: `ASTPM_STORE`, else
    /// `$XDG_DATA_HOME/astpm`, else `$HOME/.local/share/astpm`, else `./astpm-store`.
    public static func defaultRoot(environment: [String: String]) -> URL {
        if let s = environment["ASTPM_STORE"], !s.isEmpty { return URL(fileURLWithPath: s) }
        if let folder = XDGDirectory.data.astpmFolder(environment: environment) { return URL(fileURLWithPath: folder) }
        return URL(fileURLWithPath: "astpm-store")
    }

    static func defaultWriter() -> String {
        let env = ProcessInfo.processInfo.environment
        let user = env["USER"] ?? env["LOGNAME"] ?? "someone"
        return user + "@" + ProcessInfo.processInfo.hostName
    }

    /// Creates the root folder (and missing parents) with mode 0700.
    func prepareRoot() throws {
        let path = layout.root
        switch fileSystem.kind(path) {
        case .directory: return
        case .file, .other:
            throw RecordStoreError.io(path: path, cause: "this is a file, not a folder; choose another place for the records with --store DIR or ASTPM_STORE")
        case .missing:
            var missing: [String] = []
            var p = path
            while fileSystem.kind(p) == .missing && p != "/" && !p.isEmpty {
                missing.append(p)
                p = DurableWriter.split(p).folder
            }
            if fileSystem.kind(p) != .directory {
                throw RecordStoreError.io(path: p, cause: "this is a file, not a folder, so the store \(path) cannot be created there; choose another place with --store DIR")
            }
            for folder in missing.reversed() {
                do { try writer.makeFolder(folder) } catch {
                    if fileSystem.kind(folder) == .directory { continue }
                    throw StoreErrors.storeError(error, doing: "create the record store folder", path: folder)
                }
            }
        }
    }

    // MARK: Reading one record

    public func load(_ id: RecordID) throws -> StoredRecord {
        let path = try layout.recordPath(id)
        do {
            return try read(id, path: path).0
        } catch let e as SystemCallError where e.code == ENOENT || e.code == ENOTDIR {
            throw RecordStoreError.notFound(id)
        } catch let e as RecordFileError {
            throw e.storeError
        } catch let e as RecordStoreError {
            throw e
        } catch {
            throw StoreErrors.storeError(error, doing: "read the record", path: path)
        }
    }

    /// Reads and decodes one record file; returns it with its bytes' metadata.
    func read(_ id: RecordID, path: String) throws -> (StoredRecord, DecodedRecordFile) {
        let bytes = try readBytes(path)
        let decoded = try RecordFileDecoder.decode(bytes, path: path)
        return (StoredRecord(id: id, record: decoded.record, revision: Fingerprint.of(bytes)), decoded)
    }

    func readBytes(_ path: String) throws -> [UInt8] {
        do {
            return try fileSystem.readFile(path, limit: RecordFileDecoder.maxBytes)
        } catch let e as FileTooLarge {
            throw RecordFileError(path: path, line: 1, "the file is \(e.size) bytes; a record file is at most \(RecordFileDecoder.maxBytes) bytes, so this is not a record")
        }
    }

    /// The file a record lives in (for messages).
    public func path(of id: RecordID) throws -> String { try layout.recordPath(id) }

    /// The exact bytes of a record's file.
    public func exportBytes(_ id: RecordID) throws -> [UInt8] {
        let path = try layout.recordPath(id)
        do { return try readBytes(path) } catch let e as SystemCallError where e.code == ENOENT || e.code == ENOTDIR {
            throw RecordStoreError.notFound(id)
        } catch let e as RecordFileError {
            throw e.storeError
        } catch let e as RecordStoreError {
            throw e
        } catch {
            throw StoreErrors.storeError(error, doing: "read the record", path: path)
        }
    }
}

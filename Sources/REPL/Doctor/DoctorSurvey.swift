import Configuration
import Foundation
import Guidance
import LineEditing
import Records

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where this run looks for things, as the executable decided (for `doctor`):
/// the store folder, the guidance folder and the advisor cache.
public struct DoctorSetup {
    /// The store folder (nil: a store with no folder, as in tests).
    public var storeRoot: URL?
    public var environment: [String: String]
    /// `--guidance DIR`, if given.
    public var guidanceOption: String?
    /// What is wrong with the configuration file, if it could not be read.
    public var configurationError: String?
    /// Whether standard input is a terminal (libedit is used) or not (plain lines).
    public var inputIsTerminal: Bool

    public init(storeRoot: URL?, environment: [String: String], guidanceOption: String? = nil,
                configurationError: String? = nil, inputIsTerminal: Bool = false) {
        self.storeRoot = storeRoot
        self.environment = environment
        self.guidanceOption = guidanceOption
        self.configurationError = configurationError
        self.inputIsTerminal = inputIsTerminal
    }
}

/// Reads the disk for `doctor`: everything `DoctorCheck` judges comes from here.
/// A store folder that does not exist is not created.
enum DoctorSurvey {
    static func facts(_ setup: DoctorSetup, context: REPLContext) -> DoctorFacts {
        let home = setup.environment["HOME"]
        let show = { (path: String) in StoreFactory.display(path, home: home) }
        var storeExists = true
        var entries: [DoctorFacts.Entry] = []
        var free: Int64?
        if let root = setup.storeRoot {
            var st = stat()
            storeExists = lstat(root.path, &st) == 0
            if storeExists { entries = modes(under: root.path, shownAs: show(root.path)) }
            // Where the store is, or will be made: its nearest existing folder.
            var folder = root.standardizedFileURL
            while free == nil {
                free = freeBytes(folder.path)
                if folder.path == "/" { break }
                folder = folder.deletingLastPathComponent()
            }
        }
        var sessions: [String] = [], unreadable: [UnreadableRecord] = [], storeError: String?
        if storeExists {
            let store = context.store
            if let unavailable = store as? UnavailableRecordStore {
                storeError = unavailable.reason
            } else {
                do {
                    sessions = try store.listSessions()
                    unreadable = try store.summaries { _ in }
                } catch {
                    storeError = "\(error)"
                }
            }
        }
        let report = GuidanceCheck.run(directory: setup.guidanceOption, environment: setup.environment)
        let cacheFolder = AdvisorCache.folder(environment: setup.environment)
        var fresh = false, others = 0
        if let cacheFolder {
            let current = GuidanceSource.folder(option: setup.guidanceOption, environment: setup.environment)
                .flatMap { AdvisorCache(environment: setup.environment, guidance: $0.0, displayRoot: $0.1) }
            fresh = current?.hasImage ?? false
            let images = ((try? FileManager.default.contentsOfDirectory(atPath: cacheFolder)) ?? [])
                .filter { $0.hasPrefix("advisor-") && $0.hasSuffix(".img") }
            others = images.filter { name in current.map { name != ($0.imagePath as NSString).lastPathComponent } ?? true }.count
        }
        let config = context.configuration
        return DoctorFacts(
            storeShown: setup.storeRoot.map { show($0.path) }, storeExists: storeExists, entries: entries, freeBytes: free,
            sessions: sessions, unreadable: unreadable, storeError: storeError,
            cacheFolder: cacheFolder.map(show), cacheFresh: fresh, cacheOthers: others,
            guidanceFolder: report.folder, guidanceErrors: report.errorCount,
            guidanceWarnings: report.diagnostics.count - report.errorCount,
            guidanceFirstProblem: report.diagnostics.first { $0.severity == .error }?.description,
            libedit: LibeditVersion.description, inputIsTerminal: setup.inputIsTerminal,
            configShown: (config.path ?? setup.configurationPath).map(show), configFound: config.found || setup.configurationError != nil,
            configError: setup.configurationError)
    }

    /// The mode of the store folder and of every folder and file under it
    /// (symbolic links are left alone: their own mode means nothing). A git
    /// store's `.git` folder is checked itself but not walked: git keeps its
    /// own files' modes, and the store folder and `.git` being 0700 keep them private.
    static func modes(under root: String, shownAs shown: String) -> [DoctorFacts.Entry] {
        var out: [DoctorFacts.Entry] = []
        func visit(_ path: String, _ display: String) {
            if path == root + "/.git" {
                var st = stat()
                if lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFDIR {
                    out.append(DoctorFacts.Entry(path: display, isFolder: true, mode: UInt16(st.st_mode & 0o7777)))
                    return
                }
            }
            var st = stat()
            guard lstat(path, &st) == 0 else { return }
            let type = st.st_mode & S_IFMT
            if type == S_IFLNK { return }
            let isFolder = type == S_IFDIR
            out.append(DoctorFacts.Entry(path: display, isFolder: isFolder, mode: UInt16(st.st_mode & 0o7777)))
            guard isFolder, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names.sorted() { visit(path + "/" + name, display + "/" + name) }
        }
        visit(root, shown)
        return out
    }

    /// Bytes available to an ordinary user on the file system holding `path`.
    static func freeBytes(_ path: String) -> Int64? {
        var s = statvfs()
        guard statvfs(path, &s) == 0 else { return nil }
        return Int64(s.f_bavail) * Int64(s.f_frsize)
    }
}

extension DoctorSetup {
    /// The configuration file's path this run looks at.
    var configurationPath: String? { ConfigFile.path(environment: environment) }
}

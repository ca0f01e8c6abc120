import Foundation
import Records

/// What `doctor` found, as plain values: the facts gathered at the edges
/// (`DoctorSurvey` reads the disk) go in, one finding per check comes out.
/// Nothing here touches a file, so every wording is tested directly.
struct DoctorFacts: Equatable {
    /// One entry of the store folder whose mode was read.
    struct Entry: Equatable {
        var path: String
        var isFolder: Bool
        var mode: UInt16
    }

    /// The store folder as shown (`~/.local/share/astpm`), or nil for a store with no folder (memory).
    var storeShown: String?
    /// Whether the store folder exists.
    var storeExists: Bool
    /// Every folder and file under the store (the store folder included), paths as shown.
    var entries: [Entry] = []
    /// Bytes free to an ordinary user on the store's file system (nil: not known).
    var freeBytes: Int64?
    /// Names of paused interviews.
    var sessions: [String] = []
    /// Record files that could not be read, with why.
    var unreadable: [UnreadableRecord] = []
    /// A store that could not be opened or listed, and why.
    var storeError: String?
    /// The advisor cache: its folder (nil: no cache, no HOME), whether the image
    /// for this build and guidance is there, and how many other images are left.
    var cacheFolder: String?
    var cacheFresh = false
    var cacheOthers = 0
    /// `guidance check` on the guidance in use.
    var guidanceFolder: String
    var guidanceErrors: Int
    var guidanceWarnings: Int
    var guidanceFirstProblem: String?
    /// `libedit 2.11 (libedit.so.2.0.72)`, and whether this input is a terminal.
    var libedit: String
    var inputIsTerminal: Bool
    /// The configuration file as shown, whether it is there, and what is wrong with it.
    var configShown: String?
    var configFound: Bool
    var configError: String?
}

/// One line of `doctor`: what was found and, for a problem, its fix.
struct DoctorFinding: Equatable {
    /// Its fixed key in `--json`.
    var key: String
    /// False for a problem.
    var ok: Bool
    var says: String
    var fix: String?

    /// The line as printed: `ok` or `PROBLEM`, what was found, then the fix.
    var line: String {
        (ok ? "ok       " : "PROBLEM  ") + says + (fix.map { " Fix: " + $0 } ?? "")
    }
}

enum DoctorCheck {
    /// The keys of the checks, in the order they are printed (`--json` has every one, always).
    static let keys = ["store", "modes", "free_space", "sessions", "unreadable", "cache", "guidance", "line_editing", "configuration"]

    /// Below this much free space a save may fail.
    static let lowSpace: Int64 = 50 * 1024 * 1024

    static func findings(_ f: DoctorFacts) -> [DoctorFinding] {
        [store(f), modes(f), freeSpace(f), sessions(f), unreadable(f), cache(f), guidance(f), lineEditing(f), configuration(f)]
    }

    static func store(_ f: DoctorFacts) -> DoctorFinding {
        let key = "store"
        if let error = f.storeError {
            return DoctorFinding(key: key, ok: false, says: "The store could not be opened: \(error).",
                                 fix: "make the folder readable and writable by you, or name another with --store DIR.")
        }
        guard let shown = f.storeShown else { return DoctorFinding(key: key, ok: true, says: "Store: in memory (nothing on disk).") }
        if !f.storeExists {
            return DoctorFinding(key: key, ok: true, says: "Store: none yet at \(shown); the first record saved creates it.")
        }
        return DoctorFinding(key: key, ok: true, says: "Store: \(shown).")
    }

    static func modes(_ f: DoctorFacts) -> DoctorFinding {
        let key = "modes"
        guard f.storeShown != nil, f.storeExists else {
            return DoctorFinding(key: key, ok: true, says: "Modes: nothing to check yet (folders are made 0700, files 0600).")
        }
        let folders = f.entries.filter { $0.isFolder && $0.mode & 0o7777 != 0o700 }.map(\.path)
        let files = f.entries.filter { !$0.isFolder && $0.mode & 0o7777 != 0o600 }.map(\.path)
        if folders.isEmpty && files.isEmpty {
            let n = f.entries.filter(\.isFolder).count, m = f.entries.count - n
            return DoctorFinding(key: key, ok: true, says: "Modes: all \(n) folder(s) 0700 and \(m) file(s) 0600.")
        }
        func named(_ paths: [String], _ what: String) -> String {
            let shown = paths.prefix(5).joined(separator: ", ") + (paths.count > 5 ? " and \(paths.count - 5) more" : "")
            return "\(paths.count) \(what): \(shown)"
        }
        var parts: [String] = [], fixes: [String] = []
        if !folders.isEmpty {
            parts.append(named(folders, "folder(s) not 0700"))
            fixes.append(folders.count > 5 ? "find \(shellQuoted(f.storeShown!)) -type d -exec chmod 700 {} +"
                                           : "chmod 700 " + folders.map(shellQuoted).joined(separator: " "))
        }
        if !files.isEmpty {
            parts.append(named(files, "file(s) not 0600"))
            fixes.append(files.count > 5 ? "find \(shellQuoted(f.storeShown!)) -type f -exec chmod 600 {} +"
                                         : "chmod 600 " + files.map(shellQuoted).joined(separator: " "))
        }
        return DoctorFinding(key: key, ok: false, says: "Modes: records hold personal data, and " + parts.joined(separator: "; ") + ".",
                             fix: "only you should read them: " + fixes.joined(separator: "; "))
    }

    static func freeSpace(_ f: DoctorFacts) -> DoctorFinding {
        let key = "free_space"
        guard let free = f.freeBytes else {
            return DoctorFinding(key: key, ok: true, says: "Free space: not known for the store's file system.")
        }
        if free < lowSpace {
            return DoctorFinding(key: key, ok: false, says: "Free space: only \(bytes(free)) on the store's file system; a save may fail.",
                                 fix: "free some space there, or move the store (--store DIR).")
        }
        return DoctorFinding(key: key, ok: true, says: "Free space: \(bytes(free)) on the store's file system.")
    }

    static func sessions(_ f: DoctorFacts) -> DoctorFinding {
        let key = "sessions"
        if f.sessions.isEmpty { return DoctorFinding(key: key, ok: true, says: "Paused interviews: none.") }
        return DoctorFinding(key: key, ok: true, says: "Paused interviews: \(f.sessions.count) (\(f.sessions.joined(separator: ", "))); "
                                 + "'resume' carries one on, 'discard NAME' deletes one.")
    }

    static func unreadable(_ f: DoctorFacts) -> DoctorFinding {
        let key = "unreadable"
        if f.unreadable.isEmpty { return DoctorFinding(key: key, ok: true, says: "Record files: every one readable.") }
        let listed = f.unreadable.map { "\($0.path) (\($0.reason))" }.joined(separator: "; ")
        return DoctorFinding(key: key, ok: false, says: "Record files: \(f.unreadable.count) cannot be read: \(listed).",
                             fix: "open each in an editor and put right what the reason names, or move it out of the store; "
                                 + "'history ID' still lists its earlier versions and 'restore ID VERSION' puts one back.")
    }

    static func cache(_ f: DoctorFacts) -> DoctorFinding {
        let key = "cache"
        guard let folder = f.cacheFolder else {
            return DoctorFinding(key: key, ok: true, says: "Advisor cache: none (no HOME or XDG_CACHE_HOME); each question builds the advisor.")
        }
        if f.cacheFresh {
            return DoctorFinding(key: key, ok: true, says: "Advisor cache: \(folder), fresh for this build and guidance.")
        }
        if f.cacheOthers > 0 {
            return DoctorFinding(key: key, ok: true, says: "Advisor cache: \(folder), stale (made by another build or other guidance); "
                                     + "the next question rebuilds it.")
        }
        return DoctorFinding(key: key, ok: true, says: "Advisor cache: \(folder), empty; the next question fills it.")
    }

    static func guidance(_ f: DoctorFacts) -> DoctorFinding {
        let key = "guidance"
        let warnings = f.guidanceWarnings > 0 ? ", \(f.guidanceWarnings) warning(s)" : ""
        if f.guidanceErrors == 0 {
            return DoctorFinding(key: key, ok: true, says: "Guidance check of \(f.guidanceFolder): no errors\(warnings).")
        }
        return DoctorFinding(key: key, ok: false,
                             says: "Guidance check of \(f.guidanceFolder): \(f.guidanceErrors) error(s)\(warnings)"
                                 + (f.guidanceFirstProblem.map { ", the first: \($0)" } ?? "") + ".",
                             fix: "'astpm guidance check \(f.guidanceFolder)' lists each with its line; put them right, "
                                 + "or leave out --guidance / ASTPM_GUIDANCE to use the built-in guidance.")
    }

    static func lineEditing(_ f: DoctorFacts) -> DoctorFinding {
        let key = "line_editing"
        if f.inputIsTerminal {
            return DoctorFinding(key: key, ok: true, says: "Line editing: \(f.libedit) at this terminal.")
        }
        return DoctorFinding(key: key, ok: true, says: "Line editing: plain mode (input is not a terminal); \(f.libedit) at a terminal.")
    }

    static func configuration(_ f: DoctorFacts) -> DoctorFinding {
        let key = "configuration"
        let shown = f.configShown ?? "(none)"
        if let error = f.configError {
            return DoctorFinding(key: key, ok: false, says: "Configuration file: \(shown) is not valid: \(error).",
                                 fix: "correct the line named ('help config' lists the settings), or move the file away.")
        }
        if !f.configFound {
            return DoctorFinding(key: key, ok: true, says: "Configuration file: none at \(shown) (optional; 'help config' shows how to write one).")
        }
        return DoctorFinding(key: key, ok: true, says: "Configuration file: \(shown), valid.")
    }

    /// `1.2 GB`, `340 MB`, `12 KB` (powers of 1024, one decimal below 10).
    static func bytes(_ n: Int64) -> String {
        let units = ["bytes", "KB", "MB", "GB", "TB"]
        var value = Double(n), unit = 0
        while value >= 1024, unit < units.count - 1 { value /= 1024; unit += 1 }
        if unit == 0 { return "\(n) bytes" }
        return (value < 10 ? String(format: "%.1f", value) : String(format: "%.0f", value)) + " " + units[unit]
    }

    /// A path as one shell word (quoted only when it needs it).
    static func shellQuoted(_ path: String) -> String {
        let plain = path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/._-~+".contains($0)) }
        if plain { return path }
        return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

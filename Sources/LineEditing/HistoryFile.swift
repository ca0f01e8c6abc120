import XDGPaths
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The persistent command history: one entry a line, newest last, capped at
/// `limit` entries, in a folder of mode 0700 and a file of mode 0600. Every save
/// writes a temporary file beside the real one and renames it over, so a crash
/// never leaves half a file. Works without a terminal, so tests use it directly.
///
/// Entries are stored with `\` written as `\\` and a newline (a multi-line paste)
/// as `\n`, so one entry is always one line of the file.
public struct HistoryFile: Sendable, Equatable {
    /// Where the history lives.
    public let path: String
    /// Most entries kept.
    public let limit: Int
    /// The longest entry kept in the file, in UTF-8 bytes. A longer one (a long
    /// paste) is left out whole rather than cut, so recalling it later can never
    /// run half a command; the session's own Up arrow still has it.
    public static let maxEntryBytes = 4096

    /// A history file at `path` keeping the last `limit` entries.
    public init(path: String, limit: Int = 1000) {
        self.path = path
        self.limit = max(1, limit)
    }

    /// `$XDG_STATE_HOME/astpm/history`, or `~/.local/state/astpm/history` when
    /// XDG_STATE_HOME is unset, empty or relative; nil when HOME is unknown too.
    public static func defaultPath(environment: [String: String]) -> String? {
        XDGDirectory.state.astpmFolder(environment: environment).map { $0 + "/history" }
    }

    /// The stored entries, oldest first; empty when the file does not exist.
    public func load() throws -> [String] {
        guard let data = try FileIO.readIfExists(path) else { return [] }
        return String(decoding: data, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { Self.decode($0) }
            .filter(Self.fits)
    }

    /// Adds `entry` after the entries now in the file (re-read, so two sessions do
    /// not erase each other's lines), drops the oldest beyond `limit`, and saves.
    /// An entry equal to the newest one is not repeated.
    public func append(_ entry: String) throws {
        guard Self.fits(entry) else { return }
        var entries = try load()
        if entries.last != entry { entries.append(entry) }
        try save(entries)
    }

    /// Replaces the file with the last `limit` of `entries`.
    public func save(_ entries: [String]) throws {
        let kept = entries.filter(Self.fits).suffix(limit)
        var text = ""
        for entry in kept { text += Self.encode(entry) + "\n" }
        try FileIO.makeDirectory(parentOf: path, mode: 0o700)
        try FileIO.replace(path, with: Array(text.utf8), mode: 0o600)
    }

    static func fits(_ entry: String) -> Bool { entry.utf8.count <= maxEntryBytes }

    static func encode(_ entry: String) -> String {
        var out = ""
        for ch in entry.unicodeScalars {
            switch ch {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    static func decode(_ line: Substring) -> String {
        var out = String.UnicodeScalarView()
        var escaped = false
        for ch in line.unicodeScalars {
            if escaped {
                switch ch {
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(ch)
                }
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else {
                out.append(ch)
            }
        }
        return String(out)
    }
}

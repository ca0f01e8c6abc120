import Foundation
import LineEditing
import Records
import Store
import XDGPaths

/// Where a finished record goes when the store still refuses it as astpm ends
/// or the interview is interrupted: a new file each time in the state folder
/// (`unsaved-NAME.md`, then `unsaved-NAME-2.md`, ...), created exclusively, so
/// a later rescue with the same session name never replaces an earlier one.
enum RescueFile {
    /// Names tried before giving up (`unsaved-NAME-10000.md` is the last).
    static let maxAttempts = 10_000

    /// `$XDG_STATE_HOME/astpm`, else `~/.local/state/astpm` (the history
    /// file's folder); with neither, `otherwise` (the store's own private
    /// folder), never a shared place such as `/tmp`.
    static func folder(environment: [String: String], otherwise: String) -> String {
        XDGDirectory.state.astpmFolder(environment: environment) ?? otherwise
    }

    /// The file name for the `attempt`th rescue of `session` (1 is the first).
    static func name(session: String, attempt: Int) -> String {
        // Session names are the store's own, but keep the file name plain anyway.
        let safe = String(session.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" })
        let base = "unsaved-" + (safe.isEmpty ? "record" : safe)
        return attempt == 1 ? base + ".md" : base + "-\(attempt).md"
    }

    /// Writes `record` to a file that did not exist before in `folder`
    /// (created 0700 if missing; the file is 0600) and returns its path.
    static func write(_ record: Record, session: String, in folder: String) throws -> String {
        let bytes = Array(try RecordFileEncoder.encode(record).utf8)
        try FileIO.makeDirectory(parentOf: folder + "/" + name(session: session, attempt: 1), mode: 0o700)
        let writer = DurableWriter(fileSystem: PosixFileSystem())
        for attempt in 1...maxAttempts {
            let path = folder + "/" + name(session: session, attempt: attempt)
            do {
                try writer.writeNew(bytes, to: path)
                return path
            } catch let e as SystemCallError where e.code == EEXIST {
                continue
            } catch is FolderNotFlushed {
                return path  // written; only its folder entry may not survive a power cut
            }
        }
        throw UserError("\(folder) already holds \(maxAttempts) unsaved copies of '\(session)'; import or move them, then try again")
    }
}

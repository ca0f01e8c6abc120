import Foundation
import Records
import Store

/// Chooses the record store for a session: `--store DIR`, else `ASTPM_STORE`,
/// else the configuration file's `store:`, else `$XDG_DATA_HOME/astpm`, else
/// `~/.local/share/astpm`.
enum StoreFactory {
    static func root(path: String?, environment: [String: String], configured: String? = nil) -> URL {
        if let path { return URL(fileURLWithPath: path) }
        if let configured, environment["ASTPM_STORE"]?.isEmpty ?? true { return URL(fileURLWithPath: configured) }
        return FileRecordStore.defaultRoot(environment: environment)
    }

    /// The store at `root`; `notice` tells the user when a save has to wait
    /// for another astpm's (the caller decides where that goes).
    static func open(_ root: URL, notice: @escaping @Sendable (String) -> Void) throws -> RecordStore {
        try FileRecordStore(root: root, onLockWait: { timeout in
            notice("astpm: another astpm is saving to this store; waiting up to \(Int(timeout)) s...\n")
        })
    }

    /// `~/.local/share/astpm` rather than the full path, where it is under HOME.
    static func display(_ path: String, home: String?) -> String {
        guard let home, !home.isEmpty, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }
}

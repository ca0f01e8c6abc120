import Foundation
import Records
import Store

/// Chooses the record store for a session: `--store DIR`, else `ASTPM_STORE`,
/// else `$XDG_DATA_HOME/astpm`, else `~/.local/share/astpm`.
enum StoreFactory {
    static func make(path: String?, environment: [String: String]) throws -> (RecordStore, String) {
        let root = path.map { URL(fileURLWithPath: $0) } ?? FileRecordStore.defaultRoot(environment: environment)
        let store = try FileRecordStore(root: root)
        return (store, display(root.path, home: environment["HOME"]))
    }

    /// `~/.local/share/astpm` rather than the full path, where it is under HOME.
    static func display(_ path: String, home: String?) -> String {
        guard let home, !home.isEmpty, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }
}

import Foundation
import Records

/// The files git shares in a store, and what each commit says.
enum GitStoreFiles {
    /// The store's `.gitignore`: only the records and this file are shared.
    /// Everything else stays on this machine: paused interviews (`.sessions`),
    /// earlier versions (`.history`, git keeps every version), the index, the
    /// lock, a save's temporary files and anything else put in the folder.
    static let gitignore = """
        # astpm git store: only the records (FOLDER/NAME.md) and this file are shared.
        # Paused interviews, .history (git keeps every version), the index, the lock
        # and temporary files stay on this machine.
        *
        !/.gitignore
        !/*/
        /.*/
        !/*/*.md
        /*/.*

        """

    /// A commit's message: what changed in which record, never what the
    /// record says (no names, notes or evidence; the id's folder is the
    /// slug already in every path).
    /// `astpm: save 2025-26/review for sian-prothero-3f2a (version 3)`.
    static func commitMessage(action: String, id: RecordID, record: Record, version: Int) -> String {
        let folder = id.rawValue.split(separator: "/").first.map(String.init) ?? id.rawValue
        return """
            astpm: \(action) \(record.cycle)/\(record.kind.rawValue) for \(folder) (version \(version))

            Record: \(id)
            Kind: \(record.kind.rawValue)
            Cycle: \(record.cycle)
            Version: \(version)
            Status: \(record.status.rawValue)
            """
    }
}

/// Puts the modes of a store's shared files right after git wrote them
/// (a clone or a merge writes 0644 files and 0755 folders): folders 0700,
/// files 0600. Links are left alone.
enum StoreModes {
    static func fix(root: String, relativePaths: [String]) {
        var folders: Set<String> = [root, root + "/.git"]
        for rel in relativePaths {
            let path = root + "/" + rel
            set(path, 0o600, wantFolder: false)
            var parts = rel.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(root + "/" + parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        for folder in folders { set(folder, 0o700, wantFolder: true) }
    }

    private static func set(_ path: String, _ mode: mode_t, wantFolder: Bool) {
        var st = stat()
        guard lstat(path, &st) == 0 else { return }
        let type = st.st_mode & S_IFMT
        guard type == (wantFolder ? S_IFDIR : S_IFREG), st.st_mode & 0o7777 != mode else { return }
        _ = chmod(path, mode)
    }
}

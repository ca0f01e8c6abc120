import Foundation
import Records

/// The store's AST folders and their record names as they are now: the store
/// folder is always listed; an AST folder whose status is the one the index
/// has is not listed again (adding, removing or renaming a file in it would
/// have changed it), any other is. No record file is opened or looked at.
struct CurrentFolders {
    /// One AST folder and its record names, both in byte order.
    struct Folder {
        var name: String
        var names: [String]
    }

    var folders: [Folder] = []
    /// Folders that could not be listed.
    var unreadable: [UnreadableRecord] = []

    var ids: [RecordID] { folders.flatMap { f in f.names.map { RecordID(f.name + "/" + $0) } } }
}

extension FileRecordStore {
    /// Lists the folders, using and updating the index (see `CurrentFolders`).
    func currentFolders(now: Int64) throws -> CurrentFolders {
        loadIndexIfNeeded()
        let top: [String]
        do { top = try fileSystem.list(layout.root) } catch {
            throw StoreErrors.storeError(error, doing: "list the records", path: layout.root)
        }
        var out = CurrentFolders()
        var present = Set<String>()
        for name in top.sorted(by: RecordID.bytesPrecede) where !name.hasPrefix(".") {
            let path = layout.folderPath(name)
            let status = fileSystem.status(path)
            if let status, !status.isDirectory { continue }  // a file beside the folders is no record
            if let status, let known = index.folders[name], known.status == status {
                present.insert(name)
                out.folders.append(.init(name: name, names: known.names))
                continue
            }
            let files: [String]
            do { files = try fileSystem.list(path) } catch let e as SystemCallError where e.code == ENOTDIR {
                continue
            } catch {
                out.unreadable.append(UnreadableRecord(path: path, reason: StoreErrors.reason(error)))
                continue
            }
            let names = files.compactMap(Self.recordName).sorted(by: RecordID.bytesPrecede)
            present.insert(name)
            indexFolder(name, status: status, names: names, now: now)
            out.folders.append(.init(name: name, names: names))
        }
        indexKeepOnly(folders: present)
        return out
    }

    /// The record name in a file name (`2025-26-review.md` → `2025-26-review`);
    /// nil for hidden and temporary files and anything not `.md`.
    static func recordName(_ file: String) -> String? {
        guard !file.hasPrefix("."), file.hasSuffix(StoreLayout.recordExtension) else { return nil }
        return String(file.dropLast(StoreLayout.recordExtension.count))
    }
}

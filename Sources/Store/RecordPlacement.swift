import Records

/// Where a new record goes, decided the same way by the file store and its
/// in-memory twin, so both give the same ids: in the folder of the AST of that
/// name when exactly one such folder exists and has no record of this cycle
/// and kind yet; otherwise in a new folder, the name's slug plus a short suffix.
enum RecordPlacement {
    /// A folder made for an AST by astpm: `SLUG-XXXX`.
    static func isFolder(_ folder: String, of slug: String) -> Bool {
        folder.utf8.count == slug.utf8.count + 5 && folder.hasPrefix(slug + "-")
    }

    /// - Parameters:
    ///   - folders: the AST folders there are now.
    ///   - belongs: whether a folder holds records of exactly this AST name.
    ///   - isFree: whether a folder has no record called `name`.
    ///   - exists: whether a folder name is taken.
    ///   - makeSuffix: the next suffix to try for a new folder.
    static func folder(for ast: String, folders: [String], belongs: (String) -> Bool, isFree: (String) -> Bool,
                       exists: (String) -> Bool, makeSuffix: () -> String) -> String? {
        let slug = StoreLayout.slug(ast)
        let candidates = folders.filter { isFolder($0, of: slug) && belongs($0) }
        if candidates.count == 1, isFree(candidates[0]) { return candidates[0] }
        for _ in 0..<64 {
            let folder = slug + "-" + makeSuffix()
            if !exists(folder) { return folder }
        }
        return nil
    }
}

extension RecordFileEncoder {
    /// The file bytes for `record`, refusing a record that would not read back
    /// (so no store ever keeps a record it cannot open again).
    static func encodeChecked(_ record: Record, savedBy: String?) throws -> [UInt8] {
        let text = try encode(record, savedBy: savedBy)
        do {
            _ = try RecordFileDecoder.decode(text: text, path: "record")
        } catch let e as RecordFileError {
            throw RecordStoreError.invalid(path: "\(record.ast) \(record.cycle) \(record.kind.rawValue)",
                                           message: "not saved: " + e.problems.map(\.message).joined(separator: "; "))
        }
        return Array(text.utf8)
    }
}

extension RecordStoreError {
    /// `history` has no `version` of `id`; `known` are the versions it has.
    static func noVersion(_ id: RecordID, _ version: Int, known: [Int]) -> RecordStoreError {
        let list = known.sorted().map(String.init).joined(separator: ", ")
        return .invalid(path: id.rawValue, message: "has no version \(version)"
                        + (list.isEmpty ? " (no earlier versions are kept yet)" : "; versions kept: \(list)"))
    }
}

import Records

extension FileRecordStore {
    public func history(_ id: RecordID) throws -> [RecordVersion] {
        let (folder, name) = try layout.parts(of: id)
        // The current file need not be readable: history is how a broken one is put right.
        guard fileSystem.kind(try layout.recordPath(id)) != .missing else { throw RecordStoreError.notFound(id) }
        return try versionNumbers(folder: folder, name: name).sorted().map { n in
            let path = layout.historyPath(folder: folder, name: name, version: n)
            let decoded = try? readBytes(path).flatMap { try RecordFileDecoder.decode($0, path: path) }
            return RecordVersion(number: n, updated: decoded?.record.updated, savedBy: decoded?.savedBy, status: decoded?.record.status)
        }
    }

    public func loadVersion(_ id: RecordID, _ version: Int) throws -> Record {
        let (folder, name) = try layout.parts(of: id)
        let path = layout.historyPath(folder: folder, name: name, version: version)
        guard fileSystem.kind(path) != .missing else {
            let known = (try? versionNumbers(folder: folder, name: name).sorted().map(String.init).joined(separator: ", ")) ?? ""
            throw RecordStoreError.invalid(path: id.rawValue, message: "has no version \(version)" + (known.isEmpty ? " (no earlier versions are kept yet)" : "; versions kept: \(known)"))
        }
        do {
            return try RecordFileDecoder.decode(try readBytes(path), path: path).record
        } catch {
            throw StoreErrors.storeError(error, doing: "read version \(version)", path: path)
        }
    }
}

private extension Array where Element == UInt8 {
    func flatMap<T>(_ f: ([UInt8]) throws -> T) rethrows -> T { try f(self) }
}

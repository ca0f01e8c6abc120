import Records

/// Reading the index file: every count and length is checked against what is
/// left before it is used, so a damaged or hostile file throws `Damaged`
/// (and is rebuilt) rather than crash or hang astpm.
extension IndexFileFormat {
    static func decode(_ bytes: [UInt8]) throws -> StoreIndex {
        guard bytes.count <= maxBytes else { throw Damaged("too large") }
        guard bytes.count >= magic.count + 16, bytes.starts(with: magic) else { throw Damaged("not an index") }
        let body = bytes.count - 8
        let stored = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: body, as: UInt64.self)) }
        guard checksum(bytes[..<body]) == stored else { throw Damaged("checksum") }
        return try bytes.withUnsafeBytes { raw in
            var r = Reader(raw: UnsafeRawBufferPointer(rebasing: raw[..<body]), at: magic.count)
            guard try r.u32() == version else { throw Damaged("version") }
            let folderCount = Int(try r.u32())
            // Each folder takes at least 17 bytes, each name at least 5: counts
            // beyond what the bytes can hold are damage, found before any loop.
            guard folderCount <= r.left / 17 else { throw Damaged("folder count") }
            var index = StoreIndex()
            index.folders.reserveCapacity(folderCount)
            var previousFolder: String?
            for _ in 0..<folderCount {
                let name = try r.name()
                if let p = previousFolder, !RecordID.bytesPrecede(p, name) { throw Damaged("folders out of order") }
                previousFolder = name
                var folder = StoreIndex.Folder()
                folder.status = try r.flag() ? try r.status() : nil
                let count = Int(try r.u32())
                guard count <= r.left / 5 else { throw Damaged("name count") }
                folder.names.reserveCapacity(count)
                var previous: String?
                for _ in 0..<count {
                    let record = try r.name()
                    if let p = previous, !RecordID.bytesPrecede(p, record) { throw Damaged("names out of order") }
                    previous = record
                    folder.names.append(record)
                }
                let astCount = Int(try r.u32())
                guard astCount <= count else { throw Damaged("AST count") }
                for _ in 0..<astCount { folder.encodedASTs.append(try r.string(maxFieldBytes)) }
                let length = Int(try r.u32())
                guard length >= count else { throw Damaged("entries length") }
                let start = try r.take(length)
                folder.encoded = bytes[start..<(start + length)]
                index.folders[name] = folder
            }
            guard r.left == 0 else { throw Damaged("trailing bytes") }
            return index
        }
    }

    /// One folder's entries, one per name, checked as strictly as the rest.
    static func decodeEntries(_ bytes: ArraySlice<UInt8>, names: [String]) throws -> [String: StoreIndex.File] {
        try bytes.withUnsafeBytes { raw in
            var r = Reader(raw: raw, at: 0)
            var files: [String: StoreIndex.File] = [:]
            files.reserveCapacity(names.count)
            for record in names {
                switch try r.u8() {
                case 0: break
                case 1:
                    let status = try r.status()
                    let kindCode = Int(try r.u8())
                    guard kindCode < kinds.count else { throw Damaged("kind") }
                    let agreed = try r.u8()
                    guard agreed <= 1 else { throw Damaged("status") }
                    let header = RecordHeader(kind: kinds[kindCode], status: agreed == 1 ? .agreed : .draft,
                                              ast: try r.string(maxFieldBytes), cycle: try r.string(maxFieldBytes),
                                              created: try r.string(maxFieldBytes), updated: try r.string(maxFieldBytes),
                                              revision: try r.string(maxRevisionBytes))
                    files[record] = StoreIndex.File(status: status, content: .record(header))
                case 2:
                    let status = try r.status()
                    files[record] = StoreIndex.File(status: status, content: .unreadable(try r.string(maxReasonBytes)))
                default:
                    throw Damaged("entry tag")
                }
            }
            guard r.left == 0 else { throw Damaged("entries length") }
            return files
        }
    }

    /// Reads integers and strings, checking every length against what is left.
    private struct Reader {
        let raw: UnsafeRawBufferPointer
        var at: Int
        var left: Int { raw.count - at }

        mutating func take(_ n: Int) throws -> Int {
            guard n >= 0, n <= left else { throw Damaged("cut short") }
            defer { at += n }
            return at
        }
        mutating func u8() throws -> UInt8 { raw[try take(1)] }
        mutating func flag() throws -> Bool {
            switch try u8() {
            case 0: return false
            case 1: return true
            default: throw Damaged("flag")
            }
        }
        mutating func u32() throws -> UInt32 {
            UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: try take(4), as: UInt32.self))
        }
        mutating func u64() throws -> UInt64 {
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: try take(8), as: UInt64.self))
        }
        mutating func status() throws -> FileStatus {
            FileStatus(type: try u32(), size: Int64(bitPattern: try u64()), modified: Int64(bitPattern: try u64()),
                       changed: Int64(bitPattern: try u64()), inode: try u64())
        }
        mutating func string(_ limit: Int) throws -> String {
            let n = Int(try u32())
            guard n <= limit else { throw Damaged("string too long") }
            let start = try take(n)
            guard let s = String(validating: UnsafeRawBufferPointer(rebasing: raw[start..<(start + n)]), as: UTF8.self) else {
                throw Damaged("not UTF-8")
            }
            return s
        }
        /// A folder or record name: checked on the bytes (not empty, no '/'
        /// or NUL, not starting with '.') before it becomes a string.
        mutating func name() throws -> String {
            let n = Int(try u32())
            guard n > 0, n <= IndexFileFormat.maxNameBytes else { throw Damaged("name length") }
            let start = try take(n)
            let bytes = UnsafeRawBufferPointer(rebasing: raw[start..<(start + n)])
            guard bytes[0] != UInt8(ascii: "."), !bytes.contains(where: { $0 == 0 || $0 == UInt8(ascii: "/") }),
                  let s = String(validating: bytes, as: UTF8.self) else { throw Damaged("name") }
            return s
        }
    }
}

import Records

/// The index file's bytes: a versioned binary format with a checksum, read
/// defensively (the file is in the user's store and may be damaged or edited):
/// every count and length is checked against what is left and against fixed
/// bounds, every string must be UTF-8, every name a plain file name in order,
/// every kind and status one astpm knows; anything else throws, and the
/// store rebuilds the index from the files.
///
/// ```
/// "ASTPMIX\n"  u32 version  u32 folders
///   folder: str name, status?, u32 names, str name..., u32 asts, str ast...,
///           u32 entry bytes
///     entry, one per name: u8 (0 none, 1 record, 2 unreadable), status
///       record: u8 kind, u8 status, str ast, cycle, created, updated, revision
///       unreadable: str reason
/// u64 checksum of all that comes before
/// ```
/// A folder's entries come after its names and the AST names they hold, with
/// their length first, so a command that needs only names (or looks for one
/// AST) skips them (`StoreIndex.decodeFiles` reads them when a folder's files
/// are first needed).
/// Integers are little-endian; `str` is a u32 byte count and UTF-8 bytes;
/// `status?` is a u8 (0 or 1) then, when 1, a status: u32 type, i64 size,
/// i64 modified, i64 changed (nanoseconds), u64 inode.
enum IndexFileFormat {
    static let magic: [UInt8] = Array("ASTPMIX\n".utf8)
    static let version: UInt32 = 2

    /// Largest index file read (64 MiB: several hundred thousand records).
    static let maxBytes = 64 << 20
    static let maxNameBytes = 255
    static let maxFieldBytes = 4096
    static let maxRevisionBytes = 64
    static let maxReasonBytes = 16384

    /// Why an index file was not used (never shown: the index is rebuilt).
    struct Damaged: Error, Equatable, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    // MARK: Writing

    static func encode(_ index: StoreIndex) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + index.folders.count * 48 + index.folders.values.reduce(0) { $0 + $1.names.count } * 160)
        out += magic
        put32(&out, version)
        let folders = index.folders.keys.filter(isPlainName).sorted(by: RecordID.bytesPrecede)
        put32(&out, UInt32(folders.count))
        for name in folders {
            let folder = index.folders[name]!
            putString(&out, name)
            if let s = folder.status { out.append(1); putStatus(&out, s) } else { out.append(0) }
            let names = folder.names.filter(isPlainName)
            put32(&out, UInt32(names.count))
            for record in names { putString(&out, record) }
            let asts = folder.asts.filter { $0.utf8.count <= maxFieldBytes }.prefix(names.count)
            put32(&out, UInt32(asts.count))
            for ast in asts { putString(&out, ast) }
            let lengthAt = out.count
            put32(&out, 0)
            if let encoded = folder.encoded, names.count == folder.names.count {
                out.append(contentsOf: encoded)  // never decoded: as read
            } else {
                for record in names { putEntry(&out, folder.files[record]) }
            }
            let length = UInt32(out.count - lengthAt - 4).littleEndian
            withUnsafeBytes(of: length) { for (i, b) in $0.enumerated() { out[lengthAt + i] = b } }
        }
        let sum = checksum(out[...])
        put64(&out, sum)
        return out
    }

    private static func putEntry(_ out: inout [UInt8], _ file: StoreIndex.File?) {
        guard let file, let content = storable(file.content) else {
            out.append(0)
            return
        }
        switch content {
        case .record(let h):
            out.append(1)
            putStatus(&out, file.status)
            out.append(kindCode(h.kind))
            out.append(h.status == .agreed ? 1 : 0)
            for s in [h.ast, h.cycle, h.created, h.updated, h.revision] { putString(&out, s) }
        case .unreadable(let reason):
            out.append(2)
            putStatus(&out, file.status)
            putString(&out, reason)
        }
    }

    /// Content within the bounds the reader accepts; nil leaves the entry out
    /// (the file is then read each time, which is always right).
    static func storable(_ content: StoreIndex.Content) -> StoreIndex.Content? {
        switch content {
        case .record(let h):
            let fields = [h.ast, h.cycle, h.created, h.updated]
            guard fields.allSatisfy({ $0.utf8.count <= maxFieldBytes }), h.revision.utf8.count <= maxRevisionBytes else { return nil }
            return content
        case .unreadable(let reason):
            return reason.utf8.count <= maxReasonBytes ? content : nil
        }
    }

    /// A name that can be a folder or record name in the store.
    static func isPlainName(_ s: String) -> Bool {
        let u = s.utf8
        return !u.isEmpty && u.count <= maxNameBytes && u.first != UInt8(ascii: ".") && !u.contains(0) && !u.contains(UInt8(ascii: "/"))
    }

    static let kinds: [RecordKind] = [.planning, .evidence, .review, .support, .tour]
    static func kindCode(_ k: RecordKind) -> UInt8 { UInt8(kinds.firstIndex(of: k)!) }

    private static func put32(_ out: inout [UInt8], _ v: UInt32) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }
    private static func put64(_ out: inout [UInt8], _ v: UInt64) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }
    private static func putString(_ out: inout [UInt8], _ s: String) {
        put32(&out, UInt32(s.utf8.count))
        out.append(contentsOf: s.utf8)
    }
    private static func putStatus(_ out: inout [UInt8], _ s: FileStatus) {
        put32(&out, s.type)
        put64(&out, UInt64(bitPattern: s.size))
        put64(&out, UInt64(bitPattern: s.modified))
        put64(&out, UInt64(bitPattern: s.changed))
        put64(&out, s.inode)
    }

    /// A 64-bit checksum (FNV-1a over 8-byte words, then mixed): finds damage
    /// such as a cut-off or altered file; it is no protection against a
    /// deliberate edit, which the field checks deal with.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            let words = raw.count / 8
            for i in 0..<words {
                h ^= UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
                h &*= 0x100_0000_01b3
                h ^= h >> 32
            }
            for i in (words * 8)..<raw.count {
                h ^= UInt64(raw[i])
                h &*= 0x100_0000_01b3
            }
            h ^= UInt64(raw.count)
            h ^= h >> 33
            h &*= 0xff51_afd7_ed55_8ccd
            h ^= h >> 33
            return h
        }
    }

    // MARK: Reading

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

import Records
import StableHashing

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
            var fnv = FNV1a()
            let words = raw.count / 8
            for i in 0..<words {
                fnv.add(word: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)))
                fnv.value ^= fnv.value >> 32
            }
            for i in (words * 8)..<raw.count { fnv.add(raw[i]) }
            var h = fnv.value
            h ^= UInt64(raw.count)
            h ^= h >> 33
            h &*= 0xff51_afd7_ed55_8ccd
            h ^= h >> 33
            return h
        }
    }
}

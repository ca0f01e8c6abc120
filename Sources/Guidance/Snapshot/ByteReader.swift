/// A binary image that cannot be read back: too short, or holding values that
/// make no sense. Whoever reads a cache treats this as "no cache" and rebuilds.
public struct MalformedImage: Error, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { "malformed image: \(reason)" }
}

/// Reads what `ByteWriter` wrote, checking every length against the bytes left,
/// so a truncated or damaged image throws `MalformedImage` instead of crashing.
///
/// It reads memory it does not own (an array's or a mapped file's), so it must
/// not outlive the buffer it was made with: use it inside `withUnsafeBytes`.
public struct ByteReader {
    private let bytes: UnsafeRawBufferPointer
    public private(set) var offset = 0

    /// Reads `bytes` from `offset` on.
    public init(_ bytes: UnsafeRawBufferPointer, from offset: Int = 0) {
        self.bytes = bytes
        self.offset = min(max(offset, 0), bytes.count)
    }

    public var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ count: Int) throws -> Range<Int> {
        guard count >= 0, count <= bytes.count - offset else {
            throw MalformedImage("needs \(count) bytes at offset \(offset), \(bytes.count - offset) left")
        }
        defer { offset += count }
        return offset..<(offset + count)
    }

    public mutating func readUInt64() throws -> UInt64 {
        let range = try take(8)
        return bytes.loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self)
    }

    public mutating func readInt() throws -> Int { Int(Int64(bitPattern: try readUInt64())) }

    /// A count or index: never negative, and at most `limit`.
    public mutating func readCount(limit: Int = Int.max) throws -> Int {
        let n = try readInt()
        guard n >= 0, n <= limit else { throw MalformedImage("count \(n) out of range at offset \(offset - 8)") }
        return n
    }

    public mutating func readDouble() throws -> Double { Double(bitPattern: try readUInt64()) }

    public mutating func readBool() throws -> Bool {
        let range = try take(1)
        switch bytes[range.lowerBound] {
        case 0: return false
        case 1: return true
        default: throw MalformedImage("flag byte \(bytes[range.lowerBound]) at offset \(range.lowerBound)")
        }
    }

    public mutating func readString() throws -> String {
        let range = try take(try readCount())
        guard let text = String(validating: UnsafeRawBufferPointer(rebasing: bytes[range]).bindMemory(to: UInt8.self), as: UTF8.self) else {
            throw MalformedImage("text that is not UTF-8 at offset \(range.lowerBound)")
        }
        return text
    }

    public mutating func readOptionalString() throws -> String? { try readBool() ? try readString() : nil }

    public mutating func readStrings() throws -> [String] { try readList { try $0.readString() } }

    /// A list written by `ByteWriter.write(_:_:)`.
    public mutating func readList<T>(_ element: (inout ByteReader) throws -> T) throws -> [T] {
        // Every element takes at least one byte, which bounds the count.
        let n = try readCount(limit: bytes.count - offset)
        var items: [T] = []
        items.reserveCapacity(n)
        for _ in 0..<n { items.append(try element(&self)) }
        return items
    }

    /// A list written by `ByteWriter.writePlain`.
    public mutating func readPlain<T: BitwiseCopyable>(_ type: T.Type) throws -> [T] {
        let size = MemoryLayout<T>.stride
        let n = try readCount(limit: (bytes.count - offset) / max(size, 1))
        let range = try take(n * size)
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[range]))
            initialized = n
        }
    }
}

/// FNV-1a, 64-bit: a hash that is the same in every process and on every run
/// (unlike Swift's `Hasher`), for checksums of files astpm writes, record
/// revisions, cache keys and retrieval features. It finds damage and tells
/// values apart; it is no protection against a deliberate edit.
public struct FNV1a: Sendable, Equatable {
    /// The FNV-1a 64-bit offset basis: the hash of nothing.
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The FNV-1a 64-bit prime.
    public static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The hash of everything added so far.
    public var value: UInt64

    @inlinable public init() { value = FNV1a.offsetBasis }

    /// Adds one byte.
    @inlinable public mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* FNV1a.prime
    }

    /// Adds bytes in order.
    @inlinable public mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { add(byte) }
    }

    /// Adds eight bytes at once (a word read from the data): faster over
    /// large files, and a different hash from adding the bytes one by one.
    @inlinable public mutating func add(word: UInt64) {
        value = (value ^ word) &* FNV1a.prime
    }

    /// The value as 16 hexadecimal digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

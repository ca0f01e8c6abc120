/// Builds a compact binary image of values, for caches that must load much
/// faster than the text they were made from. Numbers are written in the
/// machine's own byte order: an image is only ever read on the machine that
/// wrote it (see `ByteReader`).
public struct ByteWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ value: UInt64) { withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) } }
    public mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }
    public mutating func write(_ value: Double) { write(value.bitPattern) }
    public mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func write(_ text: String) {
        var copy = text
        copy.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    public mutating func write(_ texts: [String]) {
        write(texts.count)
        for t in texts { write(t) }
    }

    /// A list, each element written by `element`.
    public mutating func write<T>(_ items: [T], _ element: (inout ByteWriter, T) -> Void) {
        write(items.count)
        for item in items { element(&self, item) }
    }

    /// A list of plain values (numbers, flags) copied as their bytes: the fast
    /// path for large tables.
    public mutating func writePlain<T: BitwiseCopyable>(_ items: [T]) {
        write(items.count)
        items.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

import Foundation
import Records
import SafeYAML

/// A record read from a file, with the store's own metadata.
public struct DecodedRecordFile: Equatable, Sendable {
    public var record: Record
    /// Who saved the file last, when the file says (`saved_by:`).
    public var savedBy: String?
    /// The schema the file was written with (older ones are upgraded in memory).
    public var fileSchema: Int
}

/// Reads the store's file format, refusing anything unsafe or malformed with
/// `RecordFileError` (file, line, column, what was expected).
public enum RecordFileDecoder {
    /// Largest record file read (1 MiB): far beyond any real record.
    public static let maxBytes = 1 << 20

    /// Decodes the bytes of a file; `path` is used in messages only.
    public static func decode(_ bytes: [UInt8], path: String) throws -> DecodedRecordFile {
        if bytes.count > maxBytes {
            throw RecordFileError(path: path, line: 1, "the file is \(bytes.count) bytes; a record file is at most \(maxBytes) bytes, so this is not a record")
        }
        guard String(validating: bytes, as: UTF8.self) != nil else { throw utf8Problem(bytes, path: path) }
        var b = bytes
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b.removeFirst(3) }
        if b.contains(13) { b = removingCarriageReturns(b) }
        return try b.withUnsafeBufferPointer { try decode(framed: $0, path: path) }
    }

    /// Decodes file text (the entry point tests use).
    public static func decode(text: String, path: String) throws -> DecodedRecordFile {
        try decode(Array(text.utf8), path: path)
    }

    /// Splits the file into front matter and notes on the bytes, then reads both.
    static func decode(framed buf: UnsafeBufferPointer<UInt8>, path: String) throws -> DecodedRecordFile {
        // Line starts, found once.
        var starts = [0]
        for i in 0..<buf.count where buf[i] == 10 { starts.append(i + 1) }
        func line(_ n: Int) -> UnsafeBufferPointer<UInt8> {
            let start = starts[n]
            var end = n + 1 < starts.count ? starts[n + 1] - 1 : buf.count
            while end > start, buf[end - 1] == 32 || buf[end - 1] == 9 { end -= 1 }
            return UnsafeBufferPointer(rebasing: buf[start..<end])
        }
        let dashes: [UInt8] = [45, 45, 45], dots: [UInt8] = [46, 46, 46]
        for n in starts.indices {
            let l = UnsafeBufferPointer(rebasing: buf[starts[n]..<min(buf.count, starts[n] + 7)])
            if l.count == 7, l.allSatisfy({ $0 == 60 }) || l.allSatisfy({ $0 == 62 }) {
                throw RecordFileError(path: path, line: n + 1,
                                      "a version-control conflict marker ('\(String(decoding: l, as: UTF8.self))'): two versions of this record were merged; keep the right lines and delete the '<<<<<<<', '=======' and '>>>>>>>' lines")
            }
        }
        guard line(0).elementsEqual(dashes) else {
            throw RecordFileError(path: path, line: 1, "expected '---' on the first line: a record file is YAML fields between two '---' lines, then Markdown notes")
        }
        guard let close = starts.indices.dropFirst().first(where: { line($0).elementsEqual(dashes) || line($0).elementsEqual(dots) }) else {
            throw RecordFileError(path: path, line: starts.count, "the fields are not closed: expected a line '---' after them (the Markdown notes go below it)")
        }
        // The comment lines astpm writes at the top are skipped before the YAML
        // reader sees them (a tenth of its work in a typical record); line
        // numbers in messages still count them.
        var first = 1
        while first < close, let c = line(first).first, c == UInt8(ascii: "#") { first += 1 }
        let frontMatter = UnsafeBufferPointer(rebasing: buf[starts[first]..<starts[close]])
        var bodyStart = close + 1 < starts.count ? starts[close + 1] : buf.count
        var bodyEnd = buf.count
        if bodyStart < bodyEnd, buf[bodyStart] == 10 { bodyStart += 1 }
        if bodyEnd > bodyStart, buf[bodyEnd - 1] == 10 { bodyEnd -= 1 }
        let body = String(decoding: UnsafeBufferPointer(rebasing: buf[bodyStart..<bodyEnd]), as: UTF8.self)
        let root: SafeNode
        do {
            root = try SafeYAML.parse(bytes: frontMatter, lineOffset: first)
        } catch let p as LocatedProblem {
            throw RecordFileError(path: path, p)
        }
        guard case .mapping(var pairs, _) = root else {
            throw RecordFileError(path: path, line: 2, "expected fields such as 'kind: planning' between the '---' lines, found \(root.kindName)")
        }
        let reader = FieldReader(path: path, closeLine: close + 1)
        let schema = try reader.schema(pairs)
        if schema > Record.currentSchema {
            let at = reader.markOf("schema", in: pairs)
            throw RecordFileError(path: path, line: at.line, column: at.column,
                                  "written by a newer astpm (schema \(schema); this build reads schemas up to \(Record.currentSchema)); update astpm to open it. The file was left as it is")
        }
        SchemaUpgrade.upgrade(&pairs, from: schema)
        var record = try reader.record(pairs)
        record.notes = body
        let savedBy = pairs.first { $0.key == "saved_by" }.flatMap { if case .scalar(let s, _) = $0.value { return s } else { return nil } }
        return DecodedRecordFile(record: record, savedBy: savedBy, fileSchema: schema)
    }

    /// Windows line endings: drops the CRs that come before an LF or end the
    /// file, a run of them as well as one, so that what is read has no CR at
    /// the end of a line and reads the same when written back (a record whose
    /// notes ended in a CR changed on its second reading; found by fuzzing).
    static func removingCarriageReturns(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var pending = 0
        for byte in b {
            if byte == 13 {
                pending += 1
                continue
            }
            if byte != 10, pending > 0 { out.append(contentsOf: repeatElement(13, count: pending)) }
            pending = 0
            out.append(byte)
        }
        return out
    }

    /// The bytes as UTF-8 text, or the line and column of the first bad byte.
    static func utf8Problem(_ bytes: [UInt8], path: String) -> RecordFileError {
        var line = 1, column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let c):
                if c == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        return RecordFileError(path: path, line: line, column: column, "this is not UTF-8 text; save the file as UTF-8")
    }
}

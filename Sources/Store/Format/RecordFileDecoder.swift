import Foundation
import Records

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
        let text = try utf8Text(bytes, path: path)
        return try decode(text: text, path: path)
    }

    /// Decodes file text (the entry point tests use).
    public static func decode(text raw: String, path: String) throws -> DecodedRecordFile {
        var text = raw
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.contains("\r\n") { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        try checkConflictMarkers(lines, path: path)
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            throw RecordFileError(path: path, line: 1, "expected '---' on the first line: a record file is YAML fields between two '---' lines, then Markdown notes")
        }
        guard let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingTrailingSpaces() == "---" || lines[$0].trimmingTrailingSpaces() == "..." }) else {
            throw RecordFileError(path: path, line: lines.count, "the fields are not closed: expected a line '---' after them (the Markdown notes go below it)")
        }
        let frontMatter = lines[1..<close].joined(separator: "\n") + "\n"
        var body = lines[(close + 1)...].joined(separator: "\n")
        if body.hasPrefix("\n") { body.removeFirst() }
        if body.hasSuffix("\n") { body.removeLast() }
        let root: SafeNode
        do {
            root = try SafeYAML.parse(frontMatter, lineOffset: 1)
        } catch let p as LocatedProblem {
            throw RecordFileError(path: path, p)
        }
        guard case .mapping(var pairs, _) = root else {
            throw RecordFileError(path: path, line: 2, "expected fields such as 'kind: planning' between the '---' lines, found \(root.kindName)")
        }
        let reader = FieldReader(path: path, closeLine: close + 1)
        let schema = try reader.schema(pairs)
        if schema > Record.currentSchema {
            throw RecordFileError(path: path, line: reader.markOf("schema", in: pairs).line, column: reader.markOf("schema", in: pairs).column,
                                  "written by a newer astpm (schema \(schema); this build reads schemas up to \(Record.currentSchema)); update astpm to open it. The file was left as it is")
        }
        SchemaUpgrade.upgrade(&pairs, from: schema)
        var record = try reader.record(pairs)
        record.notes = body
        let savedBy = pairs.first { $0.key == "saved_by" }.flatMap { if case .scalar(let s, _) = $0.value { return s } else { return nil } }
        return DecodedRecordFile(record: record, savedBy: savedBy, fileSchema: schema)
    }

    /// The bytes as UTF-8 text, or the line and column of the first bad byte.
    static func utf8Text(_ bytes: [UInt8], path: String) throws -> String {
        if let s = String(validating: bytes, as: UTF8.self) { return s }
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
        throw RecordFileError(path: path, line: line, column: column, "this is not UTF-8 text; save the file as UTF-8")
    }

    static func checkConflictMarkers(_ lines: [Substring], path: String) throws {
        let starts = lines.indices.filter { lines[$0].hasPrefix("<<<<<<<") || lines[$0].hasPrefix(">>>>>>>") }
        if let i = starts.first {
            throw RecordFileError(path: path, line: i + 1,
                                  "a version-control conflict marker ('\(lines[i].prefix(7))'): two versions of this record were merged; keep the right lines and delete the '<<<<<<<', '=======' and '>>>>>>>' lines")
        }
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}

import Records
import Store

/// libFuzzer entry: any bytes as a record file. Reading either gives a record
/// that writes back and reads back unchanged, or refuses with a
/// RecordFileError; it never crashes or hangs. Also the index file's format.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecordFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data!, count: size))
    if let decoded = try? RecordFileDecoder.decode(bytes, path: "fuzz.md") {
        let text: String
        do { text = try RecordFileEncoder.encode(decoded.record) } catch { fatalError("a record read could not be written back: \(error)") }
        let again: DecodedRecordFile
        do { again = try RecordFileDecoder.decode(text: text, path: "again.md") } catch {
            fatalError("a record written back could not be read again: \(error)\n\(text)")
        }
        precondition(again.record == decoded.record, "the record changed on writing back:\n\(text)")
    }
    return 0
}

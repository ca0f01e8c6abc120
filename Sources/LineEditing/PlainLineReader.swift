#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor (standard input by default) when no person
/// is typing at a terminal: `astpm < script.txt`, `printf 'help\n' | astpm`.
///
/// It prints no prompt and no escape codes. A line longer than 1 MiB, a line that
/// is not valid UTF-8, or a line with a control character other than tab comes
/// back as `.rejected("line N: reason")`, and the next call reads the next line.
/// A trailing carriage return (CRLF files) is dropped. End of input is
/// `.endOfInput`, every time it is asked for again.
public final class PlainLineReader: LineReader {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEOF = false
    private var lineNumber = 0
    private let chunkSize: Int

    /// A reader over `fileDescriptor` (not closed by the reader).
    public init(fileDescriptor: Int32 = 0, chunkSize: Int = 64 * 1024) {
        self.fd = fileDescriptor
        self.chunkSize = max(1, chunkSize)
    }

    /// Always false: nobody is typing.
    public var isInteractive: Bool { false }

    /// Returns the next line; `prompt` is ignored.
    public func readLine(prompt: String) -> LineInput {
        guard let raw = nextRawLine() else { return .endOfInput }
        lineNumber += 1
        switch raw {
        case .overlong(let count):
            return .rejected("line \(lineNumber): " + InputLineCheck.Refusal.tooLong(bytes: count).reason)
        case .bytes(var bytes):
            if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
            switch InputLineCheck.check(bytes) {
            case .success(let text): return .line(text)
            case .failure(let refusal): return .rejected("line \(lineNumber): " + refusal.reason)
            }
        }
    }

    /// Plain input keeps no history.
    public func addHistory(_ line: String, persist: Bool) {}
    /// Plain input has no completion.
    public func setCompletion(_ provider: @escaping CompletionProvider) {}

    private enum RawLine {
        case bytes(ArraySlice<UInt8>)
        case overlong(Int)
    }

    /// The next line without its newline, or nil at end of input. Lines over the limit
    /// are skipped without being held in memory; only their length is counted.
    private func nextRawLine() -> RawLine? {
        var skipped = 0  // bytes of an overlong line already discarded
        var searchFrom = start
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: UInt8(ascii: "\n")) {
                let length = newline - start
                defer { start = newline + 1 }
                if skipped + length > InputLineCheck.maxLineBytes {
                    return .overlong(skipped + length)
                }
                return .bytes(buffer[start..<newline])
            }
            let pending = buffer.count - start
            if skipped + pending > InputLineCheck.maxLineBytes {
                skipped += pending
                start = buffer.count
            }
            if atEOF {
                if skipped > 0 { return .overlong(skipped) }
                if pending == 0 { return nil }
                let line = buffer[start...]
                start = buffer.count
                return .bytes(line)
            }
            compact()
            searchFrom = buffer.count
            fill()
        }
    }

    private func compact() {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
    }

    private func fill() {
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                buffer.append(contentsOf: chunk[0..<n])
                return
            }
            if n < 0 && errno == EINTR { continue }
            atEOF = true
            return
        }
    }
}

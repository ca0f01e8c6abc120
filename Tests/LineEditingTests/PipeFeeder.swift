import Foundation

/// A pipe whose write end is fed from a background thread, so inputs larger than
/// the pipe's buffer reach the reader exactly as from a shell pipeline.
final class PipeFeeder {
    let readFD: Int32
    private let thread: Thread

    init(_ bytes: [UInt8]) {
        var fds: [Int32] = [0, 0]
        precondition(pipe(&fds) == 0, "pipe failed")
        readFD = fds[0]
        let writeFD = fds[1]
        thread = Thread {
            var offset = 0
            while offset < bytes.count {
                let n = bytes[offset...].withUnsafeBytes { write(writeFD, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                offset += n
            }
            close(writeFD)
        }
        thread.start()
    }

    convenience init(_ text: String) { self.init(Array(text.utf8)) }

    deinit { close(readFD) }
}

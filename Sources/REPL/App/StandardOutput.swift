#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output that goes to the process's standard output and error with plain
/// `write(2)` calls, so a failed write is an error value, never a crash.
///
/// - A write to standard output that fails (a full disk, `> /dev/full`, an I/O
///   error) prints one line on standard error and ends the process with status 1.
/// - A reader that closed the pipe (`astpm records | head -1`, EPIPE) ends the
///   process quietly with status 0: nobody is left to read the rest.
/// Errors writing to standard error itself are ignored; there is nowhere left to
/// say them.
final class StandardOutput: OutputSink {
    /// Why output stopped.
    enum Failure: Equatable {
        case closedPipe
        case writeFailed(errno: Int32)

        /// The one line a person sees, or nil for a closed pipe (said nothing).
        var message: String? {
            switch self {
            case .closedPipe: return nil
            case .writeFailed(let code): return "astpm: cannot write the output: \(String(cString: strerror(code)))\n"
            }
        }

        var status: Int32 {
            switch self {
            case .closedPipe: return 0
            case .writeFailed: return 1
            }
        }
    }

    private(set) var wroteError = false
    /// Set once standard output has failed; later output is dropped.
    private(set) var failure: Failure?
    private let outputFD: Int32
    private let errorFD: Int32
    private let stop: (Failure) -> Void

    /// `stop` is called once, after the failure's message was written to the
    /// error descriptor; the real one ends the process.
    init(outputFD: Int32 = STDOUT_FILENO, errorFD: Int32 = STDERR_FILENO,
         stop: @escaping (Failure) -> Void = { exit($0.status) }) {
        self.outputFD = outputFD
        self.errorFD = errorFD
        self.stop = stop
    }

    /// Makes a closed pipe an EPIPE error instead of a silent SIGPIPE death, so
    /// it is handled in one place (here).
    static func ignoreBrokenPipeSignal() { signal(SIGPIPE, SIG_IGN) }

    func write(_ text: String) {
        guard failure == nil else { return }
        if let code = Self.writeAll(text, to: outputFD) {
            let failure: Failure = code == EPIPE ? .closedPipe : .writeFailed(errno: code)
            self.failure = failure
            if let message = failure.message { _ = Self.writeAll(message, to: errorFD) }
            stop(failure)
        }
    }

    func writeError(_ text: String) {
        wroteError = true
        _ = Self.writeAll(text, to: errorFD)
    }

    /// Writes every byte, retrying short writes and EINTR; returns the errno of a
    /// failure, or nil.
    static func writeAll(_ text: String, to fd: Int32) -> Int32? {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        var offset = 0
        let failure: Int32? = bytes.withUnsafeMutableBytes { buffer in
            while offset < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if n == 0 { return EIO }
                offset += n
            }
            return nil
        }
        bytes.removeAll()
        return failure
    }
}

private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, bytes, count)
    #else
    return Darwin.write(fd, bytes, count)
    #endif
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one Guidance file safely: a FIFO, device or socket named like a
/// `.yaml` file is refused without waiting for a writer (it is opened
/// non-blocking and its type checked before any read), and a file over
/// `maxBytes` is refused rather than read whole.
enum GuidanceFileReader {
    /// The largest Guidance file read: the biggest shipped file is about 130 KB.
    static let maxBytes = 4 << 20

    enum Failure: Error, Equatable, CustomStringConvertible {
        case cannotOpen(String)
        case notRegular(String)
        case tooLarge(Int)
        case notUTF8

        var description: String {
            switch self {
            case .cannotOpen(let why): return "cannot be read: \(why)"
            case .notRegular(let what): return "is \(what), not a regular file, so it was not read"
            case .tooLarge(let size): return "is \(size) bytes; a Guidance file is at most \(GuidanceFileReader.maxBytes) bytes"
            case .notUTF8: return "not UTF-8 text"
            }
        }
    }

    static func text(_ path: String, limit: Int = maxBytes) -> Result<String, Failure> {
        var fd: Int32
        repeat { fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) } while fd < 0 && errno == EINTR
        guard fd >= 0 else { return .failure(.cannotOpen(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(.cannotOpen(String(cString: strerror(errno)))) }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.notRegular("a folder"))
        case S_IFIFO: return .failure(.notRegular("a named pipe (FIFO)"))
        case S_IFCHR, S_IFBLK: return .failure(.notRegular("a device"))
        case S_IFSOCK: return .failure(.notRegular("a socket"))
        default: return .failure(.notRegular("not a regular file"))
        }
        if Int(st.st_size) > limit { return .failure(.tooLarge(Int(st.st_size))) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(st.st_size) + 1)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.cannotOpen(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            bytes += chunk[0..<n]
            if bytes.count > limit { return .failure(.tooLarge(bytes.count)) }  // grew while being read
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(.notUTF8) }
        return .success(text)
    }
}

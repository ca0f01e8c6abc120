/// Decides whether one line of piped input can be accepted, and says why not.
/// Pure: `PlainLineReader` uses it, and tests call it directly.
enum InputLineCheck {
    /// Longest accepted line, in bytes (1 MiB).
    static let maxLineBytes = 1 << 20

    /// The line as text, or the reason it is refused (without the "line N: " prefix).
    static func check<Bytes: Collection>(_ bytes: Bytes) -> Result<String, Refusal>
    where Bytes.Element == UInt8 {
        if bytes.count > maxLineBytes { return .failure(.tooLong(bytes: bytes.count)) }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var scalars = String.UnicodeScalarView()
        var column = 1
        var offset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if isRefusedControl(scalar) { return .failure(.control(scalar, column: column)) }
                scalars.append(scalar)
                column += 1
                offset += UTF8.width(scalar)
            case .emptyInput:
                break loop
            case .error:
                let index = bytes.index(bytes.startIndex, offsetBy: offset)
                return .failure(.invalidUTF8(byte: bytes[index], column: column))
            }
        }
        return .success(String(scalars))
    }

    /// Control characters (Unicode category Cc) other than tab.
    static func isRefusedControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && scalar.properties.generalCategory == .control
    }

    /// Why a line was refused.
    enum Refusal: Error, Equatable {
        case tooLong(bytes: Int)
        case invalidUTF8(byte: UInt8, column: Int)
        case control(Unicode.Scalar, column: Int)

        /// The user-facing reason, e.g. "not valid UTF-8 (byte 0xFF at column 4)".
        var reason: String {
            switch self {
            case .tooLong(let bytes):
                return "too long (\(bytes) bytes; the limit is 1 MiB)"
            case .invalidUTF8(let byte, let column):
                return "not valid UTF-8 (byte 0x\(hex(byte)) at column \(column))"
            case .control(let scalar, let column):
                return "control character \(describe(scalar)) at column \(column); only tab is allowed"
            }
        }

        private func hex(_ byte: UInt8) -> String {
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }

        private func describe(_ scalar: Unicode.Scalar) -> String {
            var digits = String(scalar.value, radix: 16, uppercase: true)
            while digits.count < 4 { digits = "0" + digits }
            let caret: String
            switch scalar.value {
            case 0x00...0x1F: caret = " (^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40)) + ")"
            case 0x7F: caret = " (^?)"
            default: caret = ""
            }
            return "U+" + digits + caret
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Conversions between Swift strings and libedit's wide-character (`wchar_t`,
/// one Unicode scalar each) buffers.
enum WideText {
    /// The text between two pointers into a wide buffer.
    static func string(from start: UnsafePointer<wchar_t>, to end: UnsafePointer<wchar_t>) -> String {
        string(UnsafeBufferPointer(start: start, count: max(0, end - start)))
    }

    /// The text of a sequence of wide characters; invalid values become U+FFFD.
    static func string<S: Sequence>(_ characters: S) -> String where S.Element == wchar_t {
        var scalars = String.UnicodeScalarView()
        for character in characters {
            scalars.append(Unicode.Scalar(UInt32(bitPattern: character)) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// Calls `body` with `text` as a NUL-terminated wide string.
    static func withWide<R>(_ text: String, _ body: (UnsafePointer<wchar_t>) -> R) -> R {
        var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        return wide.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}

/// Cleans a bracketed paste: CR LF and lone CR become LF, trailing newlines are
/// dropped, and control characters other than tab and newline are removed.
enum PasteText {
    static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\r": out.append("\n")
            case "\n": if !previousCR { out.append("\n") }
            case "\t": out.append(scalar)
            default:
                if scalar.properties.generalCategory != .control { out.append(scalar) }
            }
        }
        while out.last == "\n" { out.removeLast() }
        return String(out)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CEditLine

/// Swift starts in the C locale, where libedit drops every non-ASCII character.
/// This sets LC_CTYPE from the environment, falling back to C.UTF-8 when the
/// environment's codeset is not UTF-8. Only LC_CTYPE changes: number and date
/// formatting stay as they were.
enum UTF8Locale {
    /// Returns true when LC_CTYPE ends up UTF-8.
    @discardableResult
    static func configure() -> Bool {
        if setlocale(LC_CTYPE, "") != nil, cel_codeset_is_utf8() != 0 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if setlocale(LC_CTYPE, name) != nil, cel_codeset_is_utf8() != 0 { return true }
        }
        return false
    }
}

import Foundation
import Records
import StableHashing

/// Where things live in a store folder:
///
/// ```
/// STORE/
///   .lock                               advisory write lock (flock), naming the folder a save writes into
///   .index                              the index: each record file's status and header (derived; safe to delete)
///   .sessions/NAME.session              paused interviews (autosave)
///   zoe-ni-bhriain-3f2a/                one folder per AST: slug + suffix
///     2025-26-planning.md               one file per record kind per cycle
///     2025-26-review.md
///     .history/2025-26-planning.1.md    earlier versions, oldest = 1
/// ```
public struct StoreLayout: Sendable {
    public let root: String

    public init(root: String) {
        var r = root
        while r.count > 1 && r.hasSuffix("/") { r.removeLast() }
        self.root = r
    }

    public var lockPath: String { root + "/.lock" }
    public var indexPath: String { root + "/.index" }
    public var sessionsFolder: String { root + "/.sessions" }
    public static let recordExtension = ".md"

    /// A readable, portable slug of a name: ASCII letters and digits joined by
    /// hyphens, accents folded (`Zoë Ní Bhriain` → `zoe-ni-bhriain`), at most 40
    /// characters; `ast` when nothing is left.
    public static func slug(_ name: String, maxLength: Int = 40) -> String {
        // Compatibility forms first (Ǆ → DŽ, ﬁ → fi), then accents off (Ž → Z).
        let folded = name.precomposedStringWithCompatibilityMapping
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_GB"))
        var out = ""
        var pendingHyphen = false
        for original in folded.unicodeScalars {
            // Letters with no accent to take off are spelt out (Æ → ae, Đ → d, ß → ss).
            for scalar in Self.spelledOut[original]?.unicodeScalars.map({ $0 }) ?? [original] {
                let c = Character(scalar)
                if scalar.isASCII && (c.isLetter || c.isNumber) {
                    if pendingHyphen && !out.isEmpty { out.append("-") }
                    pendingHyphen = false
                    out.append(Character(String(c).lowercased()))
                } else if scalar != "'" && scalar != "’" {  // O'Neill → oneill
                    pendingHyphen = true
                }
            }
            if out.count >= maxLength { break }
        }
        out = String(out.prefix(maxLength))
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "ast" : out
    }

    /// Latin letters that folding leaves as they are, in plain letters.
    private static let spelledOut: [Unicode.Scalar: String] = [
        "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
        "ß": "ss", "ł": "l", "Ł": "l", "œ": "oe", "Œ": "oe", "ı": "i", "ħ": "h", "Ħ": "h", "ŋ": "n", "Ŋ": "n",
    ]

    /// The file name part of a record: `2025-26-planning`.
    public static func recordName(cycle: String, kind: RecordKind) -> String {
        slug(cycle, maxLength: 20) + "-" + kind.rawValue
    }

    /// Splits an id into folder and record name, refusing anything that could
    /// point outside the store.
    public func parts(of id: RecordID) throws -> (folder: String, name: String) {
        let pieces = id.rawValue.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count == 2, pieces.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") && !$0.contains("\\") && !$0.contains("\0") }) else {
            throw RecordStoreError.notFound(id)
        }
        return (String(pieces[0]), String(pieces[1]))
    }

    public func folderPath(_ folder: String) -> String { root + "/" + folder }
    public func recordPath(folder: String, name: String) -> String { root + "/" + folder + "/" + name + StoreLayout.recordExtension }
    public func recordPath(_ id: RecordID) throws -> String {
        let (f, n) = try parts(of: id)
        return recordPath(folder: f, name: n)
    }
    public func historyFolder(_ folder: String) -> String { root + "/" + folder + "/.history" }
    public func historyPath(folder: String, name: String, version: Int) -> String {
        historyFolder(folder) + "/" + name + "." + String(version) + StoreLayout.recordExtension
    }

    /// The version number in a history file name, if it belongs to `name`.
    static func historyVersion(_ file: String, name: String) -> Int? {
        guard file.hasPrefix(name + "."), file.hasSuffix(recordExtension) else { return nil }
        let middle = file.dropFirst(name.count + 1).dropLast(recordExtension.count)
        return Int(middle)
    }

    /// A session name as a safe file name (bytes outside `[A-Za-z0-9_-]` become `%XX`).
    public static func sessionFileName(_ name: String) -> String {
        var out = ""
        for b in name.utf8 {
            let c = Character(Unicode.Scalar(b))
            if b < 128 && (c.isLetter || c.isNumber || c == "_" || c == "-") { out.append(c) }
            else { out += "%" + String(format: "%02X", b) }
        }
        return out + ".session"
    }

    /// The session name back from its file name.
    public static func sessionName(fromFile file: String) -> String? {
        guard file.hasSuffix(".session"), !file.hasPrefix(".") else { return nil }
        var bytes: [UInt8] = []
        var it = Array(file.dropLast(8).utf8)[...]
        while let b = it.popFirst() {
            if b == UInt8(ascii: "%"), it.count >= 2, let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v)
                it = it.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}

/// A cheap fingerprint of a file's bytes (64-bit FNV-1a plus length), used as
/// the record revision: any change to the file changes it.
enum Fingerprint {
    static func of(_ bytes: [UInt8]) -> String {
        var h = FNV1a()
        h.add(bytes)
        return String(h.value, radix: 16) + "-" + String(bytes.count)
    }
}

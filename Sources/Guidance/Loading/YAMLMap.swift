import Foundation
import SafeYAML

/// Collects diagnostics while Guidance is read and checked.
public final class DiagnosticBag {
    public private(set) var items: [Diagnostic] = []
    public init() {}
    public func add(_ d: Diagnostic) { items.append(d) }
    public func error(_ code: String, _ at: SourceLocation, _ message: String) { add(Diagnostic(code, at, message)) }
    public var hasErrors: Bool { items.contains { $0.severity == .error } }
}

/// Diagnostic codes for reading files (the rules in `Rules/` own the others).
public enum ReadCode {
    /// The file is not valid YAML, or not a mapping at the top.
    public static let syntax = "G001"
    /// A field this kind of unit does not have.
    public static let unknownField = "G002"
    /// A required field is missing or empty.
    public static let missingField = "G003"
    /// A field has the wrong type (e.g. a list where text is expected).
    public static let wrongType = "G004"
    /// `version:` is missing or not one this build knows.
    public static let version = "G005"
}

/// A YAML mapping with its file and source marks, read field by field.
/// Problems are reported to a `DiagnosticBag`; reading goes on so that every
/// problem in a file is listed at once.
public struct YAMLMap {
    public let file: String
    public let location: SourceLocation
    let pairs: [(key: String, keyLocation: SourceLocation, value: SafeNode)]
    let bag: DiagnosticBag

    init(_ node: SafeNode, file: String, bag: DiagnosticBag) {
        self.file = file
        self.bag = bag
        self.location = YAMLMap.location(of: node, file: file)
        if case .mapping(let m, _) = node {
            pairs = m.map { (key: $0.key, keyLocation: YAMLMap.location($0.keyMark, file: file), value: $0.value) }
        } else {
            pairs = []
        }
    }

    static func location(of node: SafeNode, file: String) -> SourceLocation {
        location(node.mark, file: file)
    }

    static func location(_ mark: SourceMark, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    public var keys: [String] { pairs.map(\.key) }

    func node(_ key: String) -> SafeNode? { pairs.first { $0.key == key }?.value }

    /// Where `key`'s value starts, or the mapping itself when the key is absent.
    public func location(of key: String) -> SourceLocation {
        node(key).map { YAMLMap.location(of: $0, file: file) } ?? location
    }

    /// Reports fields not in `allowed` (G002).
    public func rejectUnknown(_ allowed: Set<String>, in what: String) {
        for p in pairs where !allowed.contains(p.key) {
            bag.error(ReadCode.unknownField, p.keyLocation,
                      "unknown field '\(p.key)' in \(what); expected one of: \(allowed.sorted().joined(separator: ", "))")
        }
    }

    /// A text field. Required text that is missing or empty is a G003.
    public func text(_ key: String, required: Bool = true, in what: String) -> String? {
        guard let n = node(key) else {
            if required { bag.error(ReadCode.missingField, location, "\(what) has no '\(key)'") }
            return nil
        }
        guard case .scalar(let s, _) = n else {
            bag.error(ReadCode.wrongType, YAMLMap.location(of: n, file: file), "'\(key)' in \(what) should be text")
            return nil
        }
        let value = s.trimmedYAMLText
        if value.isEmpty && required {
            bag.error(ReadCode.missingField, YAMLMap.location(of: n, file: file), "'\(key)' in \(what) is empty")
            return nil
        }
        return value
    }

    /// An integer field.
    public func int(_ key: String, required: Bool = true, in what: String) -> Int? {
        guard let raw = text(key, required: required, in: what) else { return nil }
        guard let v = Int(raw) else {
            bag.error(ReadCode.wrongType, location(of: key), "'\(key)' in \(what) should be a whole number, not '\(raw)'")
            return nil
        }
        return v
    }

    /// A yes/no field (`true`/`false`, `yes`/`no`).
    public func bool(_ key: String, default value: Bool, in what: String) -> Bool {
        guard let raw = text(key, required: false, in: what) else { return value }
        switch raw.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            bag.error(ReadCode.wrongType, location(of: key), "'\(key)' in \(what) should be true or false, not '\(raw)'")
            return value
        }
    }

    /// A list of text items; a single text is accepted as a one-item list.
    public func texts(_ key: String, required: Bool = false, in what: String) -> [Located<String>] {
        guard let n = node(key) else {
            if required { bag.error(ReadCode.missingField, location, "\(what) has no '\(key)'") }
            return []
        }
        switch n {
        case .scalar(let s, _):
            let v = s.trimmedYAMLText
            return v.isEmpty ? [] : [Located(v, at: YAMLMap.location(of: n, file: file))]
        case .sequence(let seq, _):
            var out: [Located<String>] = []
            for item in seq {
                if case .scalar(let s, _) = item {
                    out.append(Located(s.trimmedYAMLText,
                                       at: YAMLMap.location(of: item, file: file)))
                } else {
                    bag.error(ReadCode.wrongType, YAMLMap.location(of: item, file: file), "each item of '\(key)' in \(what) should be text")
                }
            }
            if required && out.isEmpty { bag.error(ReadCode.missingField, YAMLMap.location(of: n, file: file), "'\(key)' in \(what) is empty") }
            return out
        case .mapping:
            bag.error(ReadCode.wrongType, YAMLMap.location(of: n, file: file), "'\(key)' in \(what) should be a list of text")
            return []
        }
    }

    /// A nested mapping.
    public func map(_ key: String, required: Bool = true, in what: String) -> YAMLMap? {
        guard let n = node(key) else {
            if required { bag.error(ReadCode.missingField, location, "\(what) has no '\(key)'") }
            return nil
        }
        guard case .mapping = n else {
            bag.error(ReadCode.wrongType, YAMLMap.location(of: n, file: file), "'\(key)' in \(what) should be a mapping of fields")
            return nil
        }
        return YAMLMap(n, file: file, bag: bag)
    }

    /// A list of mappings (units).
    public func maps(_ key: String, required: Bool = true, in what: String) -> [YAMLMap] {
        guard let n = node(key) else {
            if required { bag.error(ReadCode.missingField, location, "\(what) has no '\(key)'") }
            return []
        }
        guard case .sequence(let seq, _) = n else {
            bag.error(ReadCode.wrongType, YAMLMap.location(of: n, file: file), "'\(key)' in \(what) should be a list")
            return []
        }
        var out: [YAMLMap] = []
        for item in seq {
            if case .mapping = item {
                out.append(YAMLMap(item, file: file, bag: bag))
            } else {
                bag.error(ReadCode.wrongType, YAMLMap.location(of: item, file: file), "each item of '\(key)' in \(what) should be a mapping of fields")
            }
        }
        return out
    }
}

/// Parses one YAML text into its top mapping and checks `version:`.
public enum YAMLDocument {
    public static let supportedVersions: Set<Int> = [1]

    public static func parse(_ text: String, file: String, bag: DiagnosticBag) -> YAMLMap? {
        let node: SafeNode
        do {
            node = try SafeYAML.parse(text, kind: "Guidance files")
        } catch let problem as LocatedProblem {
            bag.error(ReadCode.syntax, YAMLMap.location(problem.mark, file: file), problem.message)
            return nil
        } catch {
            bag.error(ReadCode.syntax, SourceLocation(file: file, line: 1, column: 1), "not valid YAML: \(error)")
            return nil
        }
        guard case .mapping = node else {
            bag.error(ReadCode.syntax, SourceLocation(file: file, line: 1, column: 1), "expected a mapping of fields at the top of the file")
            return nil
        }
        let map = YAMLMap(node, file: file, bag: bag)
        guard let raw = map.text("version", required: false, in: "the file") else {
            bag.error(ReadCode.version, map.location, "the file has no 'version:'; add 'version: 1' at the top")
            return nil
        }
        guard let v = Int(raw), supportedVersions.contains(v) else {
            bag.error(ReadCode.version, map.location(of: "version"),
                      "version '\(raw)' is not one this build of astpm reads (it reads: \(supportedVersions.sorted().map(String.init).joined(separator: ", ")))")
            return nil
        }
        return map
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines (a fast
    /// path: Foundation's trimming is slow enough to show in start-up time).
    var trimmedYAMLText: String {
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}

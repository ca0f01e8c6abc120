import Foundation
import Records
import SafeYAML

/// Turns the front matter's `SafeNode`s into a typed `Record`, collecting every
/// problem (wrong type, missing field, unknown value) with its place.
struct FieldReader {
    let path: String
    /// Line of the closing `---`, where a missing field is reported.
    let closeLine: Int
    /// The top-level keys this build knows; others are kept in `Record.extra`.
    static let known: [String] = ["schema", "kind", "status", "ast", "cycle", "created", "updated", "saved_by",
                                  "fields", "conclusions", "agreement"]

    final class Problems {
        var items: [RecordFileError.Problem] = []
        func add(_ mark: SourceMark, _ message: String) {
            items.append(.init(line: mark.line, column: mark.column, message: message))
        }
    }

    func markOf(_ key: String, in pairs: [SafePair]) -> SourceMark {
        pairs.first { $0.key == key }?.value.mark ?? SourceMark(line: closeLine, column: 1)
    }

    func schema(_ pairs: [SafePair]) throws -> Int {
        guard let pair = pairs.first(where: { $0.key == "schema" }) else {
            throw RecordFileError(path: path, line: closeLine, "missing 'schema:' (expected a whole number such as 'schema: \(Record.currentSchema)')")
        }
        guard case .scalar(let s, let m) = pair.value, PlainNumber.isDecimal(s), let n = Int(s), n >= 0 else {
            throw RecordFileError(path: path, line: pair.value.mark.line, column: pair.value.mark.column,
                                  "'schema' should be a whole number such as \(Record.currentSchema)")
        }
        _ = m
        return n
    }

    func record(_ pairs: [SafePair]) throws -> Record {
        let problems = Problems()
        func pair(_ key: String) -> SafePair? { pairs.first { $0.key == key } }
        func text(_ key: String, _ expected: String) -> String? {
            guard let p = pair(key) else {
                problems.add(SourceMark(line: closeLine, column: 1), "missing '\(key):' (expected \(expected))")
                return nil
            }
            return scalar(p.value, key, expected, problems)
        }
        func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) -> T? where T.RawValue == String {
            let names = T.allCases.map(\.rawValue).joined(separator: ", ")
            guard let raw = text(key, "one of \(names)") else { return nil }
            guard let v = T(rawValue: raw.lowercased()) else {
                problems.add(pair(key)!.value.mark, "'\(key)' should be one of \(names), not '\(raw)'")
                return nil
            }
            return v
        }
        let kind = choice("kind", RecordKind.self)
        let status = choice("status", RecordStatus.self)
        let ast = text("ast", "the AST's name")
        let cycle = text("cycle", "the cycle, such as 2025-26")
        let created = date(pair("created"), "created", required: true, problems)
        let updated = date(pair("updated"), "updated", required: false, problems)
        var fields: [RecordField] = []
        if let p = pair("fields") {
            if case .mapping(let m, _) = p.value { fields = m.map { RecordField($0.key, value($0.value)) } }
            else { problems.add(p.value.mark, "'fields' should be a map of answers (name: answer), found \(p.value.kindName)") }
        }
        let conclusions = pair("conclusions").map { conclusionList($0.value, problems) } ?? []
        let agreement = pair("agreement").flatMap { agreementValue($0.value, problems) }
        let extra = pairs.filter { !FieldReader.known.contains($0.key) }.map { RecordField($0.key, value($0.value)) }
        if !problems.items.isEmpty { throw RecordFileError(path: path, problems: problems.items) }
        return Record(kind: kind!, status: status!, ast: ast!, cycle: cycle!, created: created!, updated: updated ?? created!,
                      fields: fields, conclusions: conclusions, agreement: agreement, notes: "", extra: extra)
    }

    func scalar(_ node: SafeNode, _ key: String, _ expected: String, _ problems: Problems) -> String? {
        guard case .scalar(let s, let m) = node else {
            problems.add(node.mark, "'\(key)' should be text (\(expected)), found \(node.kindName)")
            return nil
        }
        if s.utf8.allSatisfy({ $0 == 32 || $0 == 9 }) {
            problems.add(m, "'\(key)' is empty (expected \(expected))")
            return nil
        }
        return s
    }

    func date(_ pair: SafePair?, _ key: String, required: Bool, _ problems: Problems) -> String? {
        guard let pair else {
            if required { problems.add(SourceMark(line: closeLine, column: 1), "missing '\(key):' (expected a date such as 2025-09-15)") }
            return nil
        }
        guard let s = scalar(pair.value, key, "a date such as 2025-09-15", problems) else { return nil }
        guard ISODate.isValid(s) else {
            problems.add(pair.value.mark, "'\(key)' should be an ISO 8601 date such as 2025-09-15 (or 2025-09-15T14:30:00Z), not '\(s)'")
            return nil
        }
        return s
    }

    func value(_ node: SafeNode) -> RecordValue {
        switch node {
        case .scalar(let s, _): return .text(s)
        case .sequence(let items, _): return .list(items.map(value))
        case .mapping(let pairs, _): return .map(pairs.map { RecordField($0.key, value($0.value)) })
        }
    }

    func texts(_ node: SafeNode, _ key: String, _ problems: Problems) -> [String] {
        switch node {
        case .scalar(let s, _): return s.isEmpty ? [] : [s]
        case .sequence(let items, _):
            return items.compactMap { item in
                guard case .scalar(let s, _) = item else {
                    problems.add(item.mark, "each item of '\(key)' should be text, found \(item.kindName)")
                    return nil
                }
                return s
            }
        case .mapping(_, let m):
            problems.add(m, "'\(key)' should be a list of text, found a map")
            return []
        }
    }

    func conclusionList(_ node: SafeNode, _ problems: Problems) -> [Conclusion] {
        guard case .sequence(let items, _) = node else {
            problems.add(node.mark, "'conclusions' should be a list, each item with 'text:' and 'cites:', found \(node.kindName)")
            return []
        }
        return items.compactMap { item in
            guard case .mapping(let pairs, let m) = item else {
                problems.add(item.mark, "each conclusion should be a map with 'text:' and 'cites:', found \(item.kindName)")
                return nil
            }
            rejectUnknown(pairs, allowed: ["text", "cites", "because"], in: "a conclusion", problems)
            guard let t = pairs.first(where: { $0.key == "text" }) else {
                problems.add(m, "this conclusion has no 'text:'")
                return nil
            }
            guard let text = scalar(t.value, "text", "the conclusion", problems) else { return nil }
            let cites = pairs.first { $0.key == "cites" }.map { texts($0.value, "cites", problems) } ?? []
            let because = pairs.first { $0.key == "because" }.map { texts($0.value, "because", problems) } ?? []
            return Conclusion(text: text, cites: cites, because: because)
        }
    }

    func agreementValue(_ node: SafeNode, _ problems: Problems) -> Agreement? {
        guard case .mapping(let pairs, let m) = node else {
            problems.add(node.mark, "'agreement' should be a map with 'line_manager:', 'ast:' and 'date:', found \(node.kindName)")
            return nil
        }
        rejectUnknown(pairs, allowed: ["line_manager", "ast", "date", "comments"], in: "'agreement'", problems)
        func field(_ key: String, _ expected: String) -> String? {
            guard let p = pairs.first(where: { $0.key == key }) else {
                problems.add(m, "'agreement' has no '\(key):' (expected \(expected))")
                return nil
            }
            return scalar(p.value, key, expected, problems)
        }
        let manager = field("line_manager", "the line manager's name")
        let ast = field("ast", "the AST's name")
        let date = date(pairs.first { $0.key == "date" }, "date", required: false, problems)
        if pairs.first(where: { $0.key == "date" }) == nil { problems.add(m, "'agreement' has no 'date:' (expected a date such as 2025-10-01)") }
        let comments = pairs.first { $0.key == "comments" }.map { texts($0.value, "comments", problems) } ?? []
        guard let manager, let ast, let date else { return nil }
        return Agreement(lineManager: manager, ast: ast, date: date, comments: comments)
    }

    func rejectUnknown(_ pairs: [SafePair], allowed: [String], in what: String, _ problems: Problems) {
        for p in pairs where !allowed.contains(p.key) {
            problems.add(p.keyMark, "unknown field '\(p.key)' in \(what); expected one of: \(allowed.joined(separator: ", "))")
        }
    }
}

/// ISO 8601 dates as written in records: `YYYY-MM-DD`, optionally with a time.
enum ISODate {
    static func isValid(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count >= 10 else { return false }
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= u.count, r.allSatisfy({ u[$0] >= 48 && u[$0] <= 57 }) else { return nil }
            return r.reduce(0) { $0 * 10 + Int(u[$1] - 48) }
        }
        // A real day: 2026-02-30 and 2026-02-29 are refused, 2028-02-29 is not.
        guard let year = digits(0..<4), u[4] == 45, let month = digits(5..<7), u[7] == 45, let day = digits(8..<10),
              CalendarDate.exists(year: year, month: month, day: day) else { return false }
        if u.count == 10 { return true }
        // Time part: THH:MM[:SS[.fff]] then Z or ±HH:MM.
        guard u[10] == 84, let h = digits(11..<13), u.count > 13, u[13] == 58, let mi = digits(14..<16),
              h < 24, mi < 60 else { return false }
        var i = 16
        if i < u.count, u[i] == 58 { guard let sec = digits(17..<19), sec <= 60 else { return false }; i = 19
            if i < u.count, u[i] == 46 { i += 1; while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1 } }
        }
        if i == u.count { return true }
        if u[i] == 90 { return i + 1 == u.count }
        guard u[i] == 43 || u[i] == 45, u.count == i + 6, let oh = digits(i + 1..<i + 3), u[i + 3] == 58, let om = digits(i + 4..<i + 6),
              oh < 24, om < 60 else { return false }
        return true
    }
}

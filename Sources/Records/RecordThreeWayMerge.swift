/// Merges two versions of one record that grew apart from a common base
/// (here and on another machine), field by field, as `sync` does for a
/// record changed on both sides. Pure: values in, a value out.
///
/// - A field changed on one side only takes that side's value.
/// - A field changed on both sides to the same value takes it.
/// - Maps (an evidence item's answers) merge key by key, and lists (an
///   evidence log's items) item by item: items at the same place merge as
///   maps, and items added after the base's on either side are all kept
///   (ours first; an item both sides added alike is kept once).
/// - Anything else changed on both sides differently is a conflict, named
///   by its field path (`fields.items[2].weight`), and nothing is merged.
/// - `updated` takes the later date, `created` the earlier; conclusions are
///   kept when either side kept or added them.
public enum RecordThreeWayMerge {
    /// One place both sides changed differently.
    public struct Conflict: Equatable, Sendable {
        /// A stable path: `status`, `notes`, `fields.points`, `fields.items[2].weight`.
        public var field: String
        /// The value here, and on the other side, as one line (nil: removed).
        public var ours: String?
        public var theirs: String?
        /// True when the field holds plain text, so a person may type a new
        /// value instead of picking a side (a status or a kind may not).
        public var editable: Bool
        public init(field: String, ours: String?, theirs: String?, editable: Bool = false) {
            self.field = field
            self.ours = ours
            self.theirs = theirs
            self.editable = editable
        }
    }

    /// How someone settled a conflict: this side's value, the other side's,
    /// or a new text they typed (only for an `editable` conflict).
    public enum Side: Equatable, Sendable {
        case ours, theirs
        case typed(String)
    }

    /// What a merge gave.
    public enum Outcome: Equatable, Sendable {
        case merged(Record)
        case conflicts([Conflict])
    }

    /// Merges `ours` and `theirs` from `base` (nil: the record was added on
    /// both sides, so every field differing between them is a conflict).
    /// `choices` settles conflicts by their field path (a person picked a side).
    public static func merge(base: Record?, ours: Record, theirs: Record, choosing choices: [String: Side] = [:]) -> Outcome {
        if ours == theirs { return .merged(ours) }
        var m = Merger(choices: choices)
        var out = ours
        out.kind = m.scalar("kind", base?.kind, ours.kind, theirs.kind)
        out.status = m.scalar("status", base?.status, ours.status, theirs.status)
        out.ast = m.scalar("ast", base?.ast, ours.ast, theirs.ast)
        out.cycle = m.scalar("cycle", base?.cycle, ours.cycle, theirs.cycle)
        out.schema = max(ours.schema, theirs.schema)
        out.created = min(ours.created, theirs.created)
        out.updated = max(ours.updated, theirs.updated)
        out.notes = m.scalar("notes", base?.notes, ours.notes, theirs.notes)
        out.agreement = m.scalar("agreement", base?.agreement, ours.agreement, theirs.agreement)
        out.fields = m.fields("fields", base?.fields ?? [], ours.fields, theirs.fields)
        out.extra = m.fields("", base?.extra ?? [], ours.extra, theirs.extra)
        out.conclusions = conclusions(base: base?.conclusions ?? [], ours: ours.conclusions, theirs: theirs.conclusions)
        return m.conflicts.isEmpty ? .merged(out) : .conflicts(m.conflicts)
    }

    /// Conclusions as a set: kept unless a side removed it, in our order then theirs.
    static func conclusions(base: [Conclusion], ours: [Conclusion], theirs: [Conclusion]) -> [Conclusion] {
        var out = ours.filter { c in !(base.contains(c) && !theirs.contains(c)) }
        for c in theirs where !base.contains(c) && !out.contains(c) { out.append(c) }
        return out
    }

    /// Collects the conflicts while values are merged.
    private struct Merger {
        var choices: [String: Side]
        var conflicts: [Conflict] = []

        mutating func scalar<T: Equatable>(_ path: String, _ base: T?, _ ours: T, _ theirs: T) -> T {
            if ours == theirs || theirs == base { return ours }
            if ours == base { return theirs }
            let editable = T.self == String.self || T.self == String?.self
            switch choices[path] {
            case .ours?: return ours
            case .theirs?: return theirs
            case .typed(let text)?: if editable, let typed = text as? T { return typed }
            case nil: break
            }
            conflicts.append(Conflict(field: path, ours: Self.show(ours), theirs: Self.show(theirs), editable: editable))
            return ours
        }

        /// Ordered fields merged key by key: our order, then keys only theirs added.
        mutating func fields(_ path: String, _ base: [RecordField], _ ours: [RecordField], _ theirs: [RecordField]) -> [RecordField] {
            func find(_ list: [RecordField], _ key: String) -> RecordValue? { list.first { $0.key == key }?.value }
            var keys = ours.map(\.key)
            for f in theirs where !keys.contains(f.key) { keys.append(f.key) }
            var out: [RecordField] = []
            for key in keys {
                let sub = path.isEmpty ? key : path + "." + key
                if let v = value(sub, find(base, key), find(ours, key), find(theirs, key)) { out.append(RecordField(key, v)) }
            }
            return out
        }

        /// One value (nil: absent on that side).
        mutating func value(_ path: String, _ base: RecordValue?, _ ours: RecordValue?, _ theirs: RecordValue?) -> RecordValue? {
            if ours == theirs || theirs == base { return ours }
            if ours == base { return theirs }
            switch (ours, theirs) {
            case (.map(let o)?, .map(let t)?):
                let b: [RecordField]
                if case .map(let x)? = base { b = x } else { b = [] }
                return .map(fields(path, b, o, t))
            case (.list(let o)?, .list(let t)?):
                let b: [RecordValue]
                if case .list(let x)? = base { b = x } else { b = [] }
                if let merged = list(path, b, o, t) { return .list(merged) }
            default: break
            }
            let editable = [ours, theirs].allSatisfy { value in
                if case .map? = value { return false }
                if case .list? = value { return false }
                return true
            }
            switch choices[path] {
            case .ours?: return ours
            case .theirs?: return theirs
            case .typed(let text)?: if editable { return .text(text) }
            case nil: break
            }
            conflicts.append(Conflict(field: path, ours: ours.map(Self.show), theirs: theirs.map(Self.show), editable: editable))
            return ours
        }

        /// Lists item by item while neither side removed any of the base's
        /// items (nil otherwise: the whole list is then one conflict).
        mutating func list(_ path: String, _ base: [RecordValue], _ ours: [RecordValue], _ theirs: [RecordValue]) -> [RecordValue]? {
            guard ours.count >= base.count, theirs.count >= base.count else { return nil }
            var out: [RecordValue] = []
            for i in base.indices {
                out.append(value(path + "[\(i + 1)]", base[i], ours[i], theirs[i]) ?? ours[i])
            }
            let added = Array(ours[base.count...])
            out += added
            for item in theirs[base.count...] where !added.contains(item) { out.append(item) }
            return out
        }

        static func show<T>(_ value: T) -> String {
            switch value {
            case let v as RecordValue: return line(v)
            case let s as String: return s
            case let s as RecordStatus: return s.rawValue
            case let k as RecordKind: return k.rawValue
            case let a as Agreement?: return a.map { "agreed by \($0.lineManager) and \($0.ast) on \($0.date)" } ?? "not agreed"
            default: return "\(value)"
            }
        }

        static func line(_ v: RecordValue) -> String {
            switch v {
            case .text(let s): return s
            case .list(let items): return "[" + items.map(line).joined(separator: "; ") + "]"
            case .map(let fields): return "{" + fields.map { $0.key + ": " + line($0.value) }.joined(separator: ", ") + "}"
            }
        }
    }
}

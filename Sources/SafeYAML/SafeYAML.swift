internal import CYaml

/// A problem in a YAML text at a known place, before the file's path is known.
public struct LocatedProblem: Error, Equatable, Sendable {
    public var mark: SourceMark
    public var message: String
    public init(mark: SourceMark, message: String) {
        self.mark = mark
        self.message = message
    }
}

/// Reads hand-edited YAML (record front matter, Guidance files) through
/// libyaml's event stream, refusing what such files should never contain:
/// anchors, aliases, tags, directives, several documents, non-text keys,
/// duplicate keys and deep nesting. Values are never resolved: every scalar
/// stays the text typed. Shared by the record store and the Guidance loader.
public enum SafeYAML {
    /// Deepest nesting accepted (records and Guidance need a few levels).
    public static let maxDepth = 24
    /// The most keys one map may have: far more than any record or Guidance file
    /// needs, and a bound on what a hostile file can make astpm hold.
    public static let maxKeysPerMap = 10_000

    /// Parses `text` as one YAML document. `lineOffset` is added to reported
    /// lines (the front matter starts below the opening `---`).
    /// `kind` names the files in messages ("record files", "Guidance files").
    public static func parse(_ text: String, lineOffset: Int = 0, kind: String = "record files") throws -> SafeNode {
        try Array(text.utf8).withUnsafeBufferPointer { try parse(bytes: $0, lineOffset: lineOffset, kind: kind) }
    }

    /// Parses UTF-8 bytes as one YAML document (no copy is made).
    public static func parse(bytes buffer: UnsafeBufferPointer<UInt8>, lineOffset: Int = 0,
                             kind: String = "record files") throws -> SafeNode {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw LocatedProblem(mark: SourceMark(line: 1 + lineOffset, column: 1), message: "out of memory reading YAML")
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var builder = Builder(lineOffset: lineOffset, kind: kind)
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw builder.syntaxError(parser)
            }
            defer { yaml_event_delete(&event) }
            if try builder.consume(&event) { break }
        }
        return builder.root ?? .mapping([], SourceMark(line: 1 + lineOffset, column: 1))
    }

    /// Builds `SafeNode`s from events, refusing unsafe constructs as they appear.
    private struct Builder {
        /// An open list or map; a class so that adding to it never copies.
        final class Frame {
            let isMapping: Bool
            let mark: SourceMark
            var items: [SafeNode] = []
            var pairs: [SafePair] = []
            /// The line of each key so far once the map is large, so a duplicate
            /// is found in constant time (a search of `pairs` made a map of
            /// 100,000 keys take minutes); a small map is searched, which is faster.
            var keyLines: [String: Int] = [:]
            var keyCount = 0
            static let searchedKeys = 16
            var pendingKey: (String, SourceMark)?
            init(isMapping: Bool, mark: SourceMark) {
                self.isMapping = isMapping
                self.mark = mark
            }
        }
        let lineOffset: Int
        /// The files being read, for messages ("record files").
        let kind: String
        var stack: [Frame] = []
        var root: SafeNode?
        var documents = 0

        init(lineOffset: Int, kind: String) {
            self.lineOffset = lineOffset
            self.kind = kind
        }

        func mark(_ m: yaml_mark_t) -> SourceMark {
            SourceMark(line: Int(m.line) + 1 + lineOffset, column: Int(m.column) + 1)
        }

        func syntaxError(_ parser: yaml_parser_t) -> LocatedProblem {
            let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
            let context = parser.context.map { String(cString: $0) }
            // libyaml notices some mistakes only later (an unclosed quote at the
            // end of the file): then the place the construct began is the one to show.
            let at = context != nil ? parser.context_mark : parser.problem_mark
            var message = "YAML syntax error: \(problem)"
            if let context {
                message += " (\(context)"
                if parser.context_mark.line != parser.problem_mark.line { message += ", noticed at line \(mark(parser.problem_mark).line)" }
                message += ")"
            }
            if problem.contains("mapping values are not allowed") {
                message += "; if a value contains ': ', put it in quotes"
            } else if problem.contains("tab") {
                message += "; indent with spaces, not tabs"
            }
            return LocatedProblem(mark: mark(at), message: message)
        }

        /// Handles one event; returns true at the end of the stream.
        mutating func consume(_ event: inout yaml_event_t) throws -> Bool {
            let at = mark(event.start_mark)
            switch event.type {
            case YAML_STREAM_START_EVENT:
                return false
            case YAML_STREAM_END_EVENT:
                return true
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw LocatedProblem(mark: at, message: "a second YAML document starts here; \(kind) hold one document each (remove the extra '---')")
                }
                let doc = event.data.document_start
                if doc.version_directive != nil || doc.tag_directives.start != doc.tag_directives.end {
                    throw LocatedProblem(mark: at, message: "YAML directives (%YAML, %TAG) are not used in \(kind); remove the line")
                }
                return false
            case YAML_DOCUMENT_END_EVENT:
                return false
            case YAML_ALIAS_EVENT:
                throw LocatedProblem(mark: at, message: "YAML aliases (*name) are not allowed in \(kind); write the value out in full")
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                try refuse(anchor: s.anchor, tag: s.tag, at: at)
                let value = String(decoding: UnsafeBufferPointer(start: s.value, count: Int(s.length)), as: UTF8.self)
                try add(.scalar(value, at))
            case YAML_SEQUENCE_START_EVENT:
                let s = event.data.sequence_start
                try refuse(anchor: s.anchor, tag: s.implicit != 0 ? nil : s.tag, at: at)
                try push(Frame(isMapping: false, mark: at), at: at)
            case YAML_MAPPING_START_EVENT:
                let s = event.data.mapping_start
                try refuse(anchor: s.anchor, tag: s.implicit != 0 ? nil : s.tag, at: at)
                try push(Frame(isMapping: true, mark: at), at: at)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { return false }
                try add(frame.isMapping ? .mapping(frame.pairs, frame.mark) : .sequence(frame.items, frame.mark))
            default:
                return false
            }
            return false
        }

        func refuse(anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?, at: SourceMark) throws {
            if let anchor {
                let name = String(cString: anchor)
                throw LocatedProblem(mark: at, message: "YAML anchors (&\(name)) are not allowed in \(kind); write each value out in full")
            }
            if let tag {
                let name = String(cString: tag)
                throw LocatedProblem(mark: at, message: "YAML tags (\(name)) are not allowed in \(kind); every value is plain text, so remove the tag")
            }
        }

        mutating func push(_ frame: Frame, at: SourceMark) throws {
            if stack.count >= SafeYAML.maxDepth {
                throw LocatedProblem(mark: at, message: "nested more than \(SafeYAML.maxDepth) levels deep; \(kind) need only a few")
            }
            if let top = stack.last, top.isMapping, top.pendingKey == nil {
                throw LocatedProblem(mark: at, message: "a key must be plain text, not a list or map")
            }
            stack.append(frame)
        }

        mutating func add(_ node: SafeNode) throws {
            guard let top = stack.last else {
                root = node
                return
            }
            guard top.isMapping else {
                top.items.append(node)
                return
            }
            if let (key, keyMark) = top.pendingKey {
                top.pairs.append(SafePair(key: key, keyMark: keyMark, value: node))
                top.pendingKey = nil
                return
            }
            guard case .scalar(let key, let keyMark) = node else {
                throw LocatedProblem(mark: node.mark, message: "a key must be plain text, not \(node.kindName)")
            }
            let firstLine = top.keyCount < Frame.searchedKeys
                ? top.pairs.first(where: { $0.key == key }).map(\.keyMark.line) : top.keyLines[key]
            if let firstLine {
                throw LocatedProblem(mark: keyMark, message: "'\(key)' appears twice in the same map (first at line \(firstLine)); keep one")
            }
            if top.keyCount >= SafeYAML.maxKeysPerMap {
                throw LocatedProblem(mark: keyMark, message: "more than \(SafeYAML.maxKeysPerMap) keys in one map (the map starts at line \(top.mark.line)); \(kind) need far fewer")
            }
            top.keyCount += 1
            if top.keyCount == Frame.searchedKeys {
                for pair in top.pairs { top.keyLines[pair.key] = pair.keyMark.line }
            }
            if top.keyCount >= Frame.searchedKeys { top.keyLines[key] = keyMark.line }
            top.pendingKey = (key, keyMark)
        }
    }
}

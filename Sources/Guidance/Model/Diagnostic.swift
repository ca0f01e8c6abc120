/// A place in a Guidance file: path, 1-based line and column.
public struct SourceLocation: Equatable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A problem found in Guidance data, with a stable code such as `G011`.
/// Diagnostics are values: the executable decides how to print them.
public struct Diagnostic: Equatable, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var code: String
    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ code: String, _ location: SourceLocation, _ message: String, severity: Severity = .error) {
        self.code = code
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `path:line:col: error: [Gnnn] message`
    public var description: String { "\(location): \(severity.rawValue): [\(code)] \(message)" }
}

/// A value read from Guidance together with where it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}

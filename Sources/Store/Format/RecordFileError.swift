import Records
import SafeYAML

/// Why a record file could not be read: one or more problems, each with the
/// file, line and column and what was expected. Prints as
/// `PATH:LINE:COL: message`, one line per problem.
public struct RecordFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One problem at one place.
    public struct Problem: Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    public var path: String
    public var problems: [Problem]

    public init(path: String, problems: [Problem]) {
        self.path = path
        self.problems = problems
    }

    init(path: String, _ located: LocatedProblem) {
        self.init(path: path, problems: [Problem(line: located.mark.line, column: located.mark.column, message: located.message)])
    }

    init(path: String, line: Int, column: Int = 1, _ message: String) {
        self.init(path: path, problems: [Problem(line: line, column: column, message: message)])
    }

    public var description: String {
        problems.map { "\(path):\($0.line):\($0.column): \($0.message)" }.joined(separator: "\n")
    }

    /// The same problems as a `RecordStoreError`.
    public var storeError: RecordStoreError {
        let first = problems.first
        let location = first.map { "\(path):\($0.line):\($0.column)" } ?? path
        let rest = problems.dropFirst().map { "\n\(path):\($0.line):\($0.column): \($0.message)" }.joined()
        return .invalid(path: location, message: (first?.message ?? "unreadable") + rest)
    }
}

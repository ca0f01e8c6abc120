/// Why the configuration file could not be used, with the place in it where
/// that is known: `~/.config/astpm/config:3:1: unknown setting 'pager'; ...`.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        let place = [line, column].compactMap { $0 }.map(String.init).joined(separator: ":")
        return "\(path)\(place.isEmpty ? "" : ":" + place): \(message)"
    }
}

/// What the user's settings offer an interview, given by the shell (the
/// engine reads no files): the line manager's name from the configuration
/// file, which steps with `offers: configured-line-manager` take as the answer
/// Enter accepts.
public struct InterviewSettings: Equatable, Sendable {
    public var lineManager: String?

    public init(lineManager: String? = nil) {
        self.lineManager = lineManager
    }

    /// No settings.
    public static let none = InterviewSettings()
}

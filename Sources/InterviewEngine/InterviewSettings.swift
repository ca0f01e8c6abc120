/// What the user's settings offer an interview, given by the shell (the
/// engine reads no files): the line manager's and the school's names from the
/// configuration file, which steps with `offers: configured-line-manager` or
/// `offers: configured-school` take as the answer Enter accepts.
public struct InterviewSettings: Equatable, Sendable {
    public var lineManager: String?
    public var school: String?

    public init(lineManager: String? = nil, school: String? = nil) {
        self.lineManager = lineManager
        self.school = school
    }

    /// No settings.
    public static let none = InterviewSettings()
}

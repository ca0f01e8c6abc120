/// One line of reasoning with the paragraphs it rests on.
public struct CitedLine: Equatable, Sendable {
    public var text: String
    public var cites: [String]
    /// True where the guide leaves this call to the school.
    public var schoolsCall: Bool

    public init(text: String, cites: [String], schoolsCall: Bool = false) {
        self.text = text
        self.cites = cites
        self.schoolsCall = schoolsCall
    }
}

/// Every paragraph cited by `lines`, first-cited first.
public func citationsOf(_ lines: [CitedLine]) -> [String] {
    unique(lines.flatMap(\.cites))
}

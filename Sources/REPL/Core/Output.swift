/// Where the REPL writes. The executable passes one that writes to the terminal;
/// tests collect text in a `BufferedOutput`.
public protocol OutputSink: AnyObject {
    func write(_ text: String)
    func writeError(_ text: String)
}

/// Collects everything written, for tests and one-shot capture.
public final class BufferedOutput: OutputSink {
    public private(set) var text = ""
    public private(set) var errors = ""
    public init() {}
    public func write(_ text: String) { self.text += text }
    public func writeError(_ text: String) { errors += text }
}

/// How output looks: colour on a terminal only, and the width to wrap at.
public struct OutputStyle: Sendable, Equatable {
    public var color: Bool
    public var width: Int
    /// False when output goes to a file or a pipe: lines are left whole,
    /// whatever the width says.
    public var wraps: Bool
    public init(color: Bool = false, width: Int = 80, wraps: Bool = true) {
        self.color = color
        self.width = max(20, width)
        self.wraps = wraps
    }
    public static let plain = OutputStyle()

    /// The width to wrap prose at, or nil when lines are left whole.
    public var wrapWidth: Int? { wraps ? width : nil }
}

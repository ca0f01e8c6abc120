/// The pay recommendation for 1 September: points up the AST's five-point range,
/// never past its top (qa.14). Pure arithmetic, tested on its own.
public struct PayProgression: Equatable, Sendable {
    public var current: Int
    public var rangeStart: Int
    public var requested: Int
    public var rangeLength: Int

    public init(current: Int, rangeStart: Int, requested: Int, rangeLength: Int = 5) {
        self.current = current
        self.rangeStart = rangeStart
        self.requested = requested
        self.rangeLength = rangeLength
    }

    public var top: Int { rangeStart + rangeLength - 1 }
    /// Points actually recommended: what was asked for, capped at the top of the range.
    public var awarded: Int { max(0, min(requested, top - current)) }
    public var newPoint: Int { current + awarded }
    public var capped: Bool { requested > awarded }
    public var reachesTop: Bool { newPoint == top }

    /// The recommendation in words.
    public var summary: String {
        var text: String
        if awarded > 0 {
            text = "Recommended for 1 September: move from spine point \(current) to point \(newPoint), "
                + "\(awarded) point\(awarded == 1 ? "" : "s") up the five-point range \(rangeStart)-\(top)."
        } else {
            text = "No movement recommended for 1 September: the AST stays on spine point \(current) (range \(rangeStart)-\(top))."
        }
        if capped {
            text += " \(requested) point\(requested == 1 ? " was" : "s were") proposed, but the top of the range allows \(awarded)."
        }
        return text
    }
}

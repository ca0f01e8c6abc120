/// A parsed condition as bytes and back, so an image holds conditions
/// already parsed (parsing them again was a fifth of reading an image).
/// Each node is a tag and its parts, children after their parent.
extension ByteWriter {
    mutating func write(_ e: InterviewExpression) {
        switch e {
        case .number(let n): write(0); write(n)
        case .text(let t): write(1); write(t)
        case .bool(let b): write(2); write(b)
        case .answer(let id): write(3); write(id)
        case .answered(let id): write(4); write(id)
        case .count(let id): write(5); write(id)
        case .any(let group, let inner): write(6); write(group); write(inner)
        case .not(let inner): write(7); write(inner)
        case .and(let a, let b): write(8); write(a); write(b)
        case .or(let a, let b): write(9); write(a); write(b)
        case .compare(let op, let a, let b): write(10); write(op.rawValue); write(a); write(b)
        case .arithmetic(let op, let a, let b): write(11); write(op.rawValue); write(a); write(b)
        }
    }
}

extension ByteReader {
    /// Deeper than any condition an author writes; a damaged image cannot recurse without end.
    static let expressionDepthLimit = 256

    mutating func readExpression(depth: Int = 0) throws -> InterviewExpression {
        guard depth < ByteReader.expressionDepthLimit else { throw MalformedImage("a stored condition nests too deeply") }
        let d = depth + 1
        switch try readInt() {
        case 0: return .number(try readDouble())
        case 1: return .text(try readString())
        case 2: return .bool(try readBool())
        case 3: return .answer(try readString())
        case 4: return .answered(try readString())
        case 5: return .count(try readString())
        case 6: return .any(try readString(), try readExpression(depth: d))
        case 7: return .not(try readExpression(depth: d))
        case 8: return .and(try readExpression(depth: d), try readExpression(depth: d))
        case 9: return .or(try readExpression(depth: d), try readExpression(depth: d))
        case 10:
            guard let op = InterviewExpression.Comparison(rawValue: try readString()) else { throw MalformedImage("an unknown comparison") }
            return .compare(op, try readExpression(depth: d), try readExpression(depth: d))
        case 11:
            guard let op = InterviewExpression.Arithmetic(rawValue: try readString()) else { throw MalformedImage("an unknown arithmetic sign") }
            return .arithmetic(op, try readExpression(depth: d), try readExpression(depth: d))
        case let tag: throw MalformedImage("an unknown condition part \(tag)")
        }
    }
}

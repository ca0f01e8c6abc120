@testable import Advisor
import XCTest

/// A message about two named ASTs on different points answers each on their
/// own numbers, never reading the first one's place as everyone's.
final class NamedASTsTests: XCTestCase {
    let advisor = DevSetTests.advisor

    func people(_ text: String) -> [NamedAST] { advisor.namedASTs(in: text) }

    func testEachNamedASTKeepsTheirOwnPlace() {
        let two = people("Priya is on the second point of her range, Declan on the fourth point of his.")
        XCTAssertEqual(two.map(\.name), ["Priya", "Declan"])
        XCTAssertEqual(two.map { $0.facts.number("range-position") }, [2, 4])
        let spine = people("Priya (maths) is on spine points 18 to 22 and currently sits on 20. Gareth (D&T) is on 24 to 28 and is on 27.")
        XCTAssertEqual(spine.map { $0.facts.number("range-position") }, [3, 4])
        XCTAssertEqual(spine.map { $0.facts.number("spine-point") }, [20, 27])
    }

    func testOneASTOrTheSamePlaceIsNotSplit() {
        XCTAssertTrue(people("Gareth has been an AST with us for six years and he's now on spine point 22, the top of his 18 to 22 range.").isEmpty)
        XCTAssertTrue(people("Priya is on point 2 of her range. Her line manager Sarah thinks she deserves a point.").isEmpty)
        XCTAssertTrue(people("Priya is on point 2 of her range and Declan is on point 2 of his.").isEmpty)
        // Capitalised common words and months are not names.
        XCTAssertTrue(people("Both are on point 2. September is when the Head reviews pay; March is too late for point 4 of 5.").isEmpty)
    }

    func testEachASTGetsTheirOwnAnswerAndNothingTurnsOnAPlaceGiven() {
        let a = advisor.answer("Priya is on point 1 of her five-point range and Gareth is on point four of his. The head wants to give them both two points this September. Can we?")
        XCTAssertTrue(a.verdicts.contains { $0.text.hasPrefix("For Priya: it fits") }, "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.verdicts.contains { $0.text.hasPrefix("For Gareth: not 2") }, "\(a.verdicts.map(\.text))")
        XCTAssertFalse(a.verdicts.contains { $0.text.hasPrefix("It depends on where the AST sits") }, "\(a.verdicts.map(\.text))")
        XCTAssertFalse(a.needs.contains { $0.fact == "range-position" })
        XCTAssertFalse(a.reasoning.contains { $0.text.contains("which is not stated") }, "\(a.reasoning.map(\.text))")
        XCTAssertEqual(Array(a.readAs.prefix(2)), ["Priya on point 1 of a five-point range", "Gareth on point 4 of a five-point range"])
    }

    func testTheSameNumberOfPointsForEachIsOneAward() {
        let f = advisor.reasoner.facts(in: "The deputy wants to give them the same number of points - he's suggesting one each.")
        XCTAssertEqual(f.number("points-proposed"), 1)
    }
}

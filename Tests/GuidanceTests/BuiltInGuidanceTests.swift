import XCTest
@testable import Guidance

final class BuiltInGuidanceTests: XCTestCase {
    func testBuiltInGuidanceLoadsWithoutErrors() throws {
        let dir = try XCTUnwrap(GuidanceLoader.builtInDirectory)
        let result = GuidanceLoader.load(directory: dir, displayRoot: "Guidance")
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        let g = try XCTUnwrap(result.guidance)
        XCTAssertEqual(g.outline.paragraphIDs.count, 53)
    }
}

import XCTest
final class LineEditingPlaceholderTests: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }

import XCTest
final class REPLPlaceholderTests: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }

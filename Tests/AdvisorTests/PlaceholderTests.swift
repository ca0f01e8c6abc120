import XCTest
final class AdvisorPlaceholderTests: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }

import XCTest
final class StorePlaceholderTests: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }

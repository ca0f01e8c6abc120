import XCTest
final class InterviewEnginePlaceholderTests: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }

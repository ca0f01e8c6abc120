import StableHashing
import XCTest

/// FNV-1a against the published 64-bit test vectors: files written by one
/// build (index checksums, advisor images, calendar UIDs) must read the same
/// in the next.
final class FNV1aTests: XCTestCase {
    func hash(_ text: String) -> UInt64 {
        var h = FNV1a()
        h.add(text.utf8)
        return h.value
    }

    func testPublishedVectors() {
        XCTAssertEqual(hash(""), 0xcbf2_9ce4_8422_2325)
        XCTAssertEqual(hash("a"), 0xaf63_dc4c_8601_ec8c)
        XCTAssertEqual(hash("foobar"), 0x8594_4171_f739_67e8)
    }

    func testHexIsSixteenDigits() {
        var h = FNV1a()
        h.value = 0xff
        XCTAssertEqual(h.hex, "00000000000000ff")
    }

    func testAWordIsOneStepNotEightBytes() {
        var word = FNV1a(), bytes = FNV1a()
        word.add(word: 0x0102_0304_0506_0708)
        bytes.add([0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01])
        XCTAssertNotEqual(word.value, bytes.value)
        var manual = FNV1a.offsetBasis ^ 0x0102_0304_0506_0708
        manual = manual &* FNV1a.prime
        XCTAssertEqual(word.value, manual)
    }
}

@testable import Advisor
import Guidance
import XCTest

/// An advisor read back from its image (what the start-up cache stores) must
/// answer exactly as the one built from Guidance, and a damaged image must be
/// refused, never half-read.
final class AdvisorImageTests: XCTestCase {
    static let built = DevSetTests.advisor
    static let image = AdvisorImage.write(built)

    /// Questions of every kind: covered, a known gap, a topic outside the guide,
    /// a typo, a pay what-if in words, and lines with no known word at all.
    static let questions = [
        "can an AST get more than one performance point in a year?",
        "which ASTs are exempt from the 20% outreach requirement?",
        "how many weeks of sick pay is our AST entitled to?",
        "who sets the objectves for an AST?",
        "what if she goes up two points from point 3 on range 1-5?",
        "top of range - what now?",
        "outreach school won't fill in the form - now what",
        "zzz qqq",
        "",
    ]

    func testAnImageAnswersEveryQuestionAsTheBuiltAdvisorDoes() throws {
        let read = try AdvisorImage.read(Self.image)
        var questions = Self.questions
        // And every training text of a sample of units, shortened by a word.
        for p in DevSetTests.guidance.passages.prefix(12) { questions += p.asks.map { $0.split(separator: " ").dropFirst().joined(separator: " ") } }
        for q in questions {
            XCTAssertEqual(read.answer(q), Self.built.answer(q), q)
        }
    }

    func testAnImageKeepsWhatAnswersShowButNotTheTrainingTexts() throws {
        let read = try AdvisorImage.read(Self.image).guidance
        let full = DevSetTests.guidance
        XCTAssertEqual(read.outline.reference, full.outline.reference)
        XCTAssertEqual(read.outline.paragraphIDs, full.outline.paragraphIDs)
        XCTAssertEqual(read.passages.map(\.id), full.passages.map(\.id))
        XCTAssertEqual(read.passages.map(\.summary), full.passages.map(\.summary))
        XCTAssertEqual(read.passages.map(\.related), full.passages.map(\.related))
        XCTAssertEqual(read.gaps.map(\.says), full.gaps.map(\.says))
        XCTAssertEqual(read.decisions, full.decisions)
        XCTAssertEqual(read.paySpine, full.paySpine)
        XCTAssertEqual(read.synonyms, full.synonyms)
        XCTAssertTrue(read.interviews.isEmpty)
        XCTAssertTrue(read.passages.allSatisfy { $0.asks.isEmpty && $0.terms.isEmpty })
    }

    func testTheSameAdvisorAlwaysGivesTheSameImage() {
        XCTAssertEqual(AdvisorImage.write(Self.built), Self.image)
    }

    func testATruncatedImageIsRefused() {
        for length in [0, 7, 24, 25, Self.image.count / 3, Self.image.count - 1] {
            XCTAssertThrowsError(try AdvisorImage.read(Array(Self.image.prefix(length))), "length \(length)") {
                XCTAssertTrue($0 is MalformedImage)
            }
        }
    }

    func testADamagedOrForeignImageIsRefused() {
        for offset in [0, 9, 20, 30, Self.image.count / 2, Self.image.count - 1] {
            var damaged = Self.image
            damaged[offset] ^= 0x41
            XCTAssertThrowsError(try AdvisorImage.read(damaged), "byte \(offset)") { XCTAssertTrue($0 is MalformedImage) }
        }
        XCTAssertThrowsError(try AdvisorImage.read(Array("not an image at all, just some text".utf8)))
        XCTAssertThrowsError(try AdvisorImage.read(Self.image + [0]))
    }

    /// A table whose offsets point outside it is refused even when the header's
    /// checksum was made to match (as a bug in the writer could do).
    func testAnImageWithBadTablesIsRefusedEvenWithAGoodChecksum() {
        var payload = Array(Self.image.dropFirst(AdvisorImage.headerSize))
        // The last table is naive Bayes' log totals: break the count before it.
        let logTotals = Self.built.ranker.bayes.logTotal.count
        let countOffset = payload.count - logTotals * 8 - 8
        payload[countOffset] &+= 1
        var header = ByteWriter()
        header.write(AdvisorImage.magic)
        header.write(payload.count)
        header.write(payload.withUnsafeBytes { AdvisorImage.checksum($0) })
        XCTAssertThrowsError(try AdvisorImage.read(header.bytes + payload)) { XCTAssertTrue($0 is MalformedImage) }
    }
}

final class ByteCodingTests: XCTestCase {
    func testValuesComeBackAsWritten() throws {
        var w = ByteWriter()
        w.write(-42); w.write(3.25); w.write(true); w.write("Zoë Ní Bhriain"); w.write(nil as String?); w.write(["a", "", "ǅ"])
        w.writePlain([UInt64.max, 0, 7])
        let bytes = w.bytes
        try bytes.withUnsafeBytes { raw in
            var r = ByteReader(raw)
            XCTAssertEqual(try r.readInt(), -42)
            XCTAssertEqual(try r.readDouble(), 3.25)
            XCTAssertEqual(try r.readBool(), true)
            XCTAssertEqual(try r.readString(), "Zoë Ní Bhriain")
            XCTAssertNil(try r.readOptionalString())
            XCTAssertEqual(try r.readStrings(), ["a", "", "ǅ"])
            XCTAssertEqual(try r.readPlain(UInt64.self), [UInt64.max, 0, 7])
            XCTAssertTrue(r.isAtEnd)
            XCTAssertThrowsError(try r.readInt())
        }
    }

    func testAHugeCountDoesNotAllocateOrCrash() throws {
        var w = ByteWriter()
        w.write(Int.max / 2)
        try w.bytes.withUnsafeBytes { raw in
            var r = ByteReader(raw)
            XCTAssertThrowsError(try r.readPlain(Double.self))
            var s = ByteReader(raw)
            XCTAssertThrowsError(try s.readStrings())
        }
    }

    func testTextThatIsNotUTF8IsRefused() throws {
        var w = ByteWriter()
        w.write(2)
        let bytes = w.bytes + [0xC3, 0x28]
        try bytes.withUnsafeBytes { raw in
            var r = ByteReader(raw)
            XCTAssertThrowsError(try r.readString())
        }
    }
}

@testable import Advisor
@testable import Guidance
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
        let payload = Array(Self.image.dropFirst(AdvisorImage.headerSize))
        var cues = ByteWriter()
        Self.built.compiledCues.write(to: &cues)
        // Naive Bayes' log totals come just before the compiled cues: break their count.
        let logTotals = Self.built.ranker.bayes.logTotal.count
        XCTAssertThrowsError(try AdvisorImage.read(Self.resealed(payload, adding: 1, at: payload.count - cues.bytes.count - logTotals * 8 - 8))) {
            XCTAssertTrue($0 is MalformedImage)
        }
        // The last cue table says where each group of cues starts: shift its last offset.
        XCTAssertThrowsError(try AdvisorImage.read(Self.resealed(payload, adding: 1, at: payload.count - 4))) {
            XCTAssertTrue($0 is MalformedImage)
        }
    }

    /// An image of `payload` with one byte changed and a header that matches.
    static func resealed(_ payload: [UInt8], adding delta: UInt8, at offset: Int) -> [UInt8] {
        var changed = payload
        changed[offset] &+= delta
        var header = ByteWriter()
        header.write(AdvisorImage.magic)
        header.write(changed.count)
        header.write(changed.withUnsafeBytes { AdvisorImage.checksum($0) })
        return header.bytes + changed
    }

    /// The cues an image holds are the ones the advisor compiled: every
    /// fact's, gap's, topic's and passage's, word for word.
    func testAnImageKeepsEveryCompiledCue() throws {
        let read = try AdvisorImage.read(Self.image).compiledCues
        let built = Self.built.compiledCues
        XCTAssertEqual(read.matcher.entries.map(\.fact.id), built.matcher.entries.map(\.fact.id))
        XCTAssertEqual(read.matcher.entries.map(\.yes), built.matcher.entries.map(\.yes))
        XCTAssertEqual(read.matcher.entries.map(\.no), built.matcher.entries.map(\.no))
        XCTAssertEqual(read.matcher.entries.map(\.notAbout), built.matcher.entries.map(\.notAbout))
        XCTAssertEqual(read.gapDetails, built.gapDetails)
        XCTAssertEqual(read.topicMarks.map(\.index), built.topicMarks.map(\.index))
        XCTAssertEqual(read.topicMarks.map(\.cues), built.topicMarks.map(\.cues))
        XCTAssertEqual(read.verdictCues, built.verdictCues)
        XCTAssertTrue(built.matcher.entries.contains { $0.yes.contains { $0.gaps.contains { $0 > 0 } } },
                      "some fact cue uses ~N, so gaps are checked")
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

    func testConditionsComeBackAsParsedAndADamagedOneIsRefused() throws {
        let source = "not answered x and (count g >= 2 or any g (y = 'a b')) and n - 1 < 3.5 and z != yes"
        let parsed = try InterviewExpressionParser.parse(source)
        var w = ByteWriter()
        w.write(parsed)
        try w.bytes.withUnsafeBytes { raw in
            var r = ByteReader(raw)
            XCTAssertEqual(try r.readExpression(), parsed)
            XCTAssertTrue(r.isAtEnd)
        }
        // A chain of "not" deeper than any author writes (as damage could make) is refused, not recursed into.
        var deep = ByteWriter()
        for _ in 0...ByteReader.expressionDepthLimit { deep.write(7) }
        deep.write(2); deep.write(true)
        try deep.bytes.withUnsafeBytes { raw in
            var r = ByteReader(raw)
            XCTAssertThrowsError(try r.readExpression()) { XCTAssertTrue($0 is MalformedImage) }
        }
        var unknown = ByteWriter()
        unknown.write(99)
        try unknown.bytes.withUnsafeBytes { raw in
            var r = ByteReader(raw)
            XCTAssertThrowsError(try r.readExpression()) { XCTAssertTrue($0 is MalformedImage) }
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

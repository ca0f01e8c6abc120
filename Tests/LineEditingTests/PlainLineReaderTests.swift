import XCTest
@testable import LineEditing

final class PlainLineReaderTests: XCTestCase {
    private func readAll(_ bytes: [UInt8], chunkSize: Int = 64 * 1024) -> [LineInput] {
        let feeder = PipeFeeder(bytes)
        let reader = PlainLineReader(fileDescriptor: feeder.readFD, chunkSize: chunkSize)
        var out: [LineInput] = []
        while true {
            let input = reader.readLine(prompt: "astpm> ")
            out.append(input)
            if input == .endOfInput { break }
        }
        XCTAssertEqual(reader.readLine(prompt: ""), .endOfInput, "end of input stays end of input")
        return withExtendedLifetime(feeder) { out }
    }

    func testReadsLinesWithoutPromptAndEndsAtEOF() {
        XCTAssertEqual(readAll(Array("help\n\nquit\n".utf8)), [.line("help"), .line(""), .line("quit"), .endOfInput])
    }

    func testLastLineWithoutNewlineAndCRLF() {
        XCTAssertEqual(readAll(Array("a\r\nb".utf8)), [.line("a"), .line("b"), .endOfInput])
    }

    func testUTF8AndTabAreAccepted() {
        XCTAssertEqual(readAll(Array("Zoë Ní Bhriain\t£181m\n".utf8)), [.line("Zoë Ní Bhriain\t£181m"), .endOfInput])
    }

    func testSmallChunksSplitLinesAnywhere() {
        let text = "Zoë Ní Bhriain\nsecond line here\n£181m\n"
        XCTAssertEqual(readAll(Array(text.utf8), chunkSize: 3),
                       [.line("Zoë Ní Bhriain"), .line("second line here"), .line("£181m"), .endOfInput])
    }

    func testLineOfExactlyOneMiBIsAccepted() {
        let long = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20)
        let result = readAll(long + Array("\nnext\n".utf8))
        XCTAssertEqual(result.count, 3)
        if case .line(let text) = result[0] { XCTAssertEqual(text.utf8.count, 1 << 20) } else { XCTFail("\(result[0])") }
        XCTAssertEqual(result[1], .line("next"))
    }

    func testLinesOverOneMiBAreRejectedAndReadingContinues() {
        let tooLong = [UInt8](repeating: UInt8(ascii: "a"), count: (1 << 20) + 1)
        let huge = [UInt8](repeating: UInt8(ascii: "b"), count: 3 << 20)
        var bytes: [UInt8] = Array("first\n".utf8)
        bytes += tooLong
        bytes.append(10)
        bytes += huge
        bytes.append(10)
        bytes += Array("after\n".utf8)
        bytes += huge
        XCTAssertEqual(readAll(bytes), [
            .line("first"),
            .rejected("line 2: too long (1048577 bytes; the limit is 1 MiB)"),
            .rejected("line 3: too long (3145728 bytes; the limit is 1 MiB)"),
            .line("after"),
            .rejected("line 5: too long (3145728 bytes; the limit is 1 MiB)"),
            .endOfInput,
        ])
    }

    func testInvalidUTF8IsRejectedWithTheByteAndColumn() {
        var bytes: [UInt8] = Array("ok\nab".utf8)
        bytes.append(0xFF)
        bytes += Array("c\n".utf8)
        bytes.append(0xC3)  // the first byte of "é" alone
        bytes += Array("\nfine\n".utf8)
        XCTAssertEqual(readAll(bytes), [
            .line("ok"),
            .rejected("line 2: not valid UTF-8 (byte 0xFF at column 3)"),
            .rejected("line 3: not valid UTF-8 (byte 0xC3 at column 1)"),
            .line("fine"),
            .endOfInput,
        ])
    }

    func testControlCharactersAreRejectedByName() {
        XCTAssertEqual(readAll(Array("be\u{07}ll\n\u{1B}[31mred\nx\u{7F}\nend\n".utf8)), [
            .rejected("line 1: control character U+0007 (^G) at column 3; only tab is allowed"),
            .rejected("line 2: control character U+001B (^[) at column 1; only tab is allowed"),
            .rejected("line 3: control character U+007F (^?) at column 2; only tab is allowed"),
            .line("end"),
            .endOfInput,
        ])
    }

    func testCarriageReturnInsideALineIsAControlCharacter() {
        XCTAssertEqual(readAll(Array("a\rb\n".utf8)),
                       [.rejected("line 1: control character U+000D (^M) at column 2; only tab is allowed"), .endOfInput])
    }

    func testIsNotInteractiveAndIgnoresHistoryAndCompletion() {
        let reader = PlainLineReader(fileDescriptor: -1)
        XCTAssertFalse(reader.isInteractive)
        reader.addHistory("help", persist: true)
        reader.setCompletion { _ in ["help"] }
        XCTAssertEqual(reader.readLine(prompt: "astpm> "), .endOfInput)
    }
}

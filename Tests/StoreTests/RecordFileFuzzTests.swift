import Foundation
import Records
@testable import Store
import XCTest

/// Mutation fuzzing of the record file reader: the worked example's files,
/// damaged thousands of ways (bytes flipped, lines cut, swapped or repeated,
/// hostile YAML spliced in), must each be read or refused with a
/// `RecordFileError`; never a crash, a hang or another kind of error, and
/// anything read must write back and read again to the same record.
/// Seeded, so a failure replays: ASTPM_FUZZ_SEED and ASTPM_FUZZ_ROUNDS change it.
final class RecordFileFuzzTests: XCTestCase {
    /// SplitMix64: small, fast and the same on every machine.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Fragments a hostile or careless hand edit might bring.
    static let splices: [String] = [
        "&a [*a, *a]\n", "*a\n", "!!python/object:os.system\n", "kind: !!binary aGVsbG8=\n", "{{{{{{{{{{\n",
        "- - - - - - - -\n", "? complex\n: key\n", "key: \"\\u0000\\e]0;x\\a\"\n", "created: 2026-02-30\n",
        "schema: 99999999999999999999\n", "---\n", "...\n", "\t\tindent: tab\n", "objectives: [\n", "\u{202E}evil: x\n",
        String(repeating: "[", count: 5000) + "\n", "ast: " + String(repeating: "x", count: 70_000) + "\n",
    ]

    func testDamagedRecordFilesAreReadOrRefusedCleanly() throws {
        let folder = WorkedExampleTests.folder
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        let seeds = try names.map { Array(try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8).utf8) }
        XCTAssertFalse(seeds.isEmpty, "the worked example's record files are the fuzzing seeds")
        let environment = ProcessInfo.processInfo.environment
        var rng = Generator(state: UInt64(environment["ASTPM_FUZZ_SEED"] ?? "") ?? 20_261_205)
        let rounds = Int(environment["ASTPM_FUZZ_ROUNDS"] ?? "") ?? 3000
        var read = 0, refused = 0
        for round in 0..<rounds {
            var bytes = seeds[Int.random(in: 0..<seeds.count, using: &rng)]
            for _ in 0..<Int.random(in: 1...4, using: &rng) { mutate(&bytes, using: &rng) }
            do {
                let decoded = try RecordFileDecoder.decode(bytes, path: "fuzz-\(round).md")
                read += 1
                // What is read must survive a round trip through the writer.
                let again = try RecordFileDecoder.decode(text: try RecordFileEncoder.encode(decoded.record), path: "again.md")
                XCTAssertEqual(again.record, decoded.record, "round \(round): the record changed on writing back")
            } catch let error as RecordFileError {
                refused += 1
                XCTAssertFalse(error.description.isEmpty, "round \(round): a refusal says why")
            } catch {
                XCTFail("round \(round): \(type(of: error)) is not a RecordFileError: \(error)")
            }
        }
        XCTAssertEqual(read + refused, rounds)
        XCTAssertGreaterThan(refused, 0, "the mutations do damage files")
        XCTAssertGreaterThan(read, 0, "some mutations leave a readable record (a changed value)")
    }

    /// One random edit: flip a byte, drop, repeat or swap lines, cut the file, or splice in a fragment.
    func mutate(_ bytes: inout [UInt8], using rng: inout Generator) {
        guard !bytes.isEmpty else { bytes = Array(Self.splices[0].utf8); return }
        var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
        switch Int.random(in: 0..<7, using: &rng) {
        case 0:
            let i = Int.random(in: 0..<bytes.count, using: &rng)
            bytes[i] = UInt8.random(in: 0...255, using: &rng)
            return
        case 1:
            lines.remove(at: Int.random(in: 0..<lines.count, using: &rng))
        case 2:
            let i = Int.random(in: 0..<lines.count, using: &rng)
            lines.insert(contentsOf: Array(repeating: lines[i], count: Int.random(in: 1...50, using: &rng)), at: i)
        case 3:
            lines.swapAt(Int.random(in: 0..<lines.count, using: &rng), Int.random(in: 0..<lines.count, using: &rng))
        case 4:
            bytes.removeSubrange(Int.random(in: 0..<bytes.count, using: &rng)...)
            return
        case 5:
            let fragment = Self.splices[Int.random(in: 0..<Self.splices.count, using: &rng)]
            lines.insert(Array(fragment.utf8.dropLast()), at: Int.random(in: 0...lines.count, using: &rng))
        default:
            // A value's text changed: keep the key, replace what follows the colon.
            let i = Int.random(in: 0..<lines.count, using: &rng)
            if let colon = lines[i].firstIndex(of: 58) {
                lines[i] = Array(lines[i][...colon]) + Array(" \(Int.random(in: -5...100_000, using: &rng))".utf8)
            }
        }
        bytes = Array(lines.joined(separator: [10]))
    }
}

import Foundation
import XCTest
import Guidance
import Records
@testable import InterviewEngine

/// The shipped Guidance, loaded once.
enum Shipped {
    static let guidance: GuidanceSet = {
        let result = GuidanceLoader.load(directory: GuidanceLoader.builtInDirectory!, displayRoot: "Guidance")
        precondition(!result.hasErrors, result.diagnostics.map(\.description).joined(separator: "\n"))
        return result.guidance!
    }()

    static func interview(_ id: String) -> Interview { guidance.interview(id)! }
}

/// Small interviews written for one test, loaded through the real loader.
enum Inline {
    static let guide = """
    version: 1
    document: {title: Test guide, reference: TEST/1, published: 2004-01}
    sections:
      - id: qa
        title: Questions and Answers
        paragraphs: [qa.6, qa.14, qa.17]
    """

    static func interview(_ text: String) -> Interview {
        let result = GuidanceLoader.load(files: [("guide.yaml", guide), ("interviews/t.yaml", text)])
        let interviewProblems = result.diagnostics.filter { $0.location.file.contains("interviews/") }
        precondition(interviewProblems.isEmpty, interviewProblems.map(\.description).joined(separator: "\n"))
        return result.guidance!.interviews[0]
    }
}

/// Deterministic random numbers (SplitMix64) so random walks repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension InterviewAction {
    var question: Question? {
        switch self {
        case .ask(let q, _), .invalid(_, let q): return q
        default: return nil
        }
    }
    var error: InterviewInputError? { if case .invalid(let e, _) = self { return e } else { return nil } }
    var record: Record? { if case .finished(let r, _) = self { return r } else { return nil } }
    var remarks: [Remark] {
        switch self {
        case .ask(_, let r), .finished(_, let r), .stopped(_, let r): return r
        default: return []
        }
    }
}

extension InterviewEngine {
    /// Answers each line in turn; fails the test on a rejected answer.
    @discardableResult
    mutating func answerAll(_ lines: [String], file: StaticString = #filePath, line: UInt = #line) -> InterviewAction {
        var last = begin()
        for text in lines {
            last = answer(text)
            if let e = last.error { XCTFail("'\(text)' was refused: \(e)", file: file, line: line) }
        }
        return last
    }
}

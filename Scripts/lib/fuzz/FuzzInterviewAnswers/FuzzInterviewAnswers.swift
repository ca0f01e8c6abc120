import Foundation
import Guidance
@testable import InterviewEngine
import Records

/// The shipped Guidance, loaded once.
let interviews: [Interview] = {
    guard let dir = GuidanceLoader.builtInDirectory, let set = GuidanceLoader.load(directory: dir).guidance else {
        fatalError("the built-in Guidance did not load")
    }
    return set.interviews.sorted { $0.id < $1.id }
}()

/// Reads the Guidance before the first input (else that input is reported as slow).
@_cdecl("LLVMFuzzerInitialize")
public func initializeInterviewAnswers(_ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> Int32 {
    _ = interviews
    return 0
}

/// libFuzzer entry: an interview's answers. The first byte picks the
/// interview; each line after it is typed as the answer to the question
/// asked (a line of one control byte: 1 skips, 2 goes back, 3 asks for the
/// review, 4 for the explanation). Every line also goes through the answer
/// readers on their own (cycles, dates, plain numbers, names). Nothing may
/// crash, and a finished interview's record writes out.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInterviewAnswers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard size > 0, !interviews.isEmpty else { return 0 }
    let bytes = UnsafeBufferPointer(start: data!, count: size)
    let interview = interviews[Int(bytes[0]) % interviews.count]
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    var engine = InterviewEngine(interview: interview, today: "2026-09-01")
    var action = engine.begin()
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200) {
        let typed = String(line)
        _ = Cycle.parse(typed)
        _ = Cycle.canonical(typed)
        _ = InterviewDates.parse(typed)
        _ = PlainNumber.decimal(typed)
        _ = PersonName.folded(typed)
        if case .finished = action { break }
        if case .stopped = action { break }
        switch typed {
        case "\u{1}": action = engine.skip()
        case "\u{2}": action = engine.back()
        case "\u{3}": _ = engine.review()
        case "\u{4}": _ = engine.explain()
        default: action = engine.answer(typed)
        }
        _ = engine.completions(typed)
    }
    _ = engine.draftRecord()
    return 0
}

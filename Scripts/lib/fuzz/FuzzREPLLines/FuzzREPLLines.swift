import Advisor
import Foundation
import Guidance
import LineEditing
import Records
@testable import REPL
import Store

/// Output kept nowhere: only crashes and hangs matter here.
final class DiscardedOutput: OutputSink {
    func write(_ t: String) {}
    func writeError(_ t: String) {}
}

/// The shipped Guidance and the worked example's records, read once; every
/// input starts from a fresh in-memory store holding those records. The
/// process works in a folder of its own (home, cache, state and the current
/// folder all there), and lines naming a path outside it are left out, so
/// nothing a command writes (export -o, save FILE, due --ics) lands elsewhere.
let setUp: (guidance: GuidanceSet, records: [Record]) = {
    let sandbox = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-fuzz-repl-\(getpid())")
    try? FileManager.default.createDirectory(at: sandbox, withIntermediateDirectories: true)
    for name in ["HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"] {
        setenv(name, sandbox.path, 1)
    }
    unsetenv("ASTPM_STORE")
    _ = FileManager.default.changeCurrentDirectoryPath(sandbox.path)
    guard let dir = GuidanceLoader.builtInDirectory, let set = GuidanceLoader.load(directory: dir).guidance else {
        fatalError("the built-in Guidance did not load")
    }
    let example = dir.appendingPathComponent("examples/sian-prothero")
    let records = ((try? FileManager.default.contentsOfDirectory(atPath: example.path)) ?? []).sorted().compactMap { name in
        (try? Data(contentsOf: example.appendingPathComponent(name))).flatMap {
            try? RecordFileDecoder.decode(Array($0), path: name).record
        }
    }
    return (set, records)
}()

/// The advisor, built once (as the cache of built advisors gives it to astpm) rather than per input.
let advisor = Advisor(guidance: setUp.guidance)

/// Reads the Guidance and builds the advisor before the first input.
@_cdecl("LLVMFuzzerInitialize")
public func initializeREPLLines(_ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> Int32 {
    _ = advisor
    return 0
}

/// libFuzzer entry: up to 20 lines typed at the prompt in plain mode
/// (commands, questions, interviews, answers), run by the REPL's dispatcher.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzREPLLines(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(20).map(String.init).filter { line in
        // Nothing is written outside the sandbox folder.
        !line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "=" }).contains { $0.hasPrefix("/") || $0.hasPrefix("~") || $0.contains("..") }
    }
    let store = MemoryRecordStore()
    for record in setUp.records { _ = try? store.create(record) }
    let context = REPLContext(guidance: setUp.guidance, store: store, output: DiscardedOutput(),
                              style: OutputStyle(color: false, width: 80), storeDescription: "memory",
                              clock: { Date(timeIntervalSince1970: 1_788_220_800) })
    context.register(AdvisorService(make: { advisor }) as QuestionAnswering, as: QuestionAnswering.self)
    _ = REPLSession(context: context).run(reader: ScriptedLineReader(lines))
    return 0
}

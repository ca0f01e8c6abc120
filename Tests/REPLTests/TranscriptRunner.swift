import Configuration
import Foundation
import Guidance
import LineEditing
import Records
@testable import REPL
import Store
import XCTest

/// Output sink that keeps standard output and errors in one stream, in order,
/// as a person at the terminal would see them.
final class TranscriptOutput: OutputSink {
    var text = ""
    func write(_ t: String) { text += t }
    func writeError(_ t: String) { text += t }
}

/// Golden transcripts: each `Transcripts/NAME.txt` holds the conversation as plain
/// mode prints it with `--echo`: input lines after `> `, then what astpm said.
/// The runner feeds the input lines to a fresh session and compares the whole
/// text. Set ASTPM_RECORD=1 to rewrite the files from the current behaviour.
enum TranscriptRunner {
    static let guidance: GuidanceSet = {
        let result = GuidanceLoader.load(directory: GuidanceLoader.builtInDirectory!, displayRoot: "Guidance")
        return result.guidance!
    }()

    /// The fixed date every transcript runs on.
    static let today = Date(timeIntervalSince1970: 1_788_220_800)  // 2026-09-01

    static func inputs(of transcript: String) -> [String] {
        transcript.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { $0.hasPrefix("> ") || $0 == ">" }
            .map { String($0.dropFirst(2)) }
    }

    /// What one command prints on the worked example's planning record, at
    /// `width` columns, to a terminal or (`terminal: false`) a pipe; fails the
    /// test if it writes an error.
    static func output(of command: String, width: Int, terminal: Bool, extra: [Record] = [],
                       file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let store = try store(holding: workedExample("2025-26-planning"))
        for r in extra { _ = try store.create(r) }
        let out = BufferedOutput()
        let context = REPLContext(guidance: guidance, store: store, output: out,
                                  style: OutputStyle(color: false, width: width), clock: { today })
        context.outputIsTerminal = terminal
        REPLSession(context: context).execute(command)
        XCTAssertEqual(out.errors, "", file: file, line: line)
        return out.text
    }

    /// Runs `inputs` through a session on `store` and returns the transcript text.
    /// `style` is how the transcripts were recorded (100 columns) unless given.
    static func run(_ inputs: [String], store: RecordStore = MemoryRecordStore(), today: Date = today,
                    configuration: AstpmConfig = AstpmConfig(), style: OutputStyle = OutputStyle(color: false, width: 100)) -> String {
        let out = TranscriptOutput()
        let context = REPLContext(guidance: guidance, store: store, output: out, style: style,
                                  storeDescription: "memory", clock: { today })
        context.configuration = configuration
        Services.registerAll(in: context)
        let session = REPLSession(context: context, echo: true)
        _ = session.run(reader: ScriptedLineReader(inputs))
        return out.text
    }

    static var transcriptsDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Transcripts")
    }

    /// The worked example's record files (`Guidance/examples/sian-prothero/NAME.md`).
    static func workedExample(_ names: String...) -> [URL] {
        names.map { GuidanceLoader.builtInDirectory!.appendingPathComponent("examples/sian-prothero/\($0).md") }
    }

    /// A memory store holding the records of `files` (store files, as `import` reads them).
    static func store(holding files: [URL]) throws -> MemoryRecordStore {
        let store = MemoryRecordStore()
        for url in files {
            _ = try store.create(RecordFileDecoder.decode(Array(try Data(contentsOf: url)), path: url.path).record)
        }
        return store
    }

    /// Compares (or with ASTPM_RECORD=1 rewrites) one transcript file. `seed`
    /// names record files already in the store when the conversation starts.
    /// `records` are added to the store too; `today` and `configuration`
    /// replace the fixed date and the empty configuration.
    static func check(_ name: String, seed: [URL] = [], records: [Record] = [], today: Date = today,
                      configuration: AstpmConfig = AstpmConfig(), file: StaticString = #filePath, line: UInt = #line) throws {
        let url = transcriptsDirectory.appendingPathComponent(name + ".txt")
        let expected = try String(contentsOf: url, encoding: .utf8)
        let seeded = try store(holding: seed)
        for r in records { _ = try seeded.create(r) }
        let actual = run(inputs(of: expected), store: seeded, today: today, configuration: configuration)
        if ProcessInfo.processInfo.environment["ASTPM_RECORD"] == "1" {
            try actual.write(to: url, atomically: false, encoding: .utf8)
            return
        }
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDiff = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            XCTFail("""
            transcript \(name) differs at line \(firstDiff + 1):
              expected: \(firstDiff < e.count ? String(e[firstDiff]) : "<end>")
              actual:   \(firstDiff < a.count ? String(a[firstDiff]) : "<end>")
            (re-record with ASTPM_RECORD=1 if the change is intended)
            """, file: file, line: line)
        }
    }
}

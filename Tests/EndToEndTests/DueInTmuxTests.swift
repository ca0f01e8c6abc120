import Foundation
import XCTest

/// The banner in a real terminal: a support plan whose review is three days
/// away makes astpm say so when it starts, and `due` lists it.
final class DueInTmuxTests: XCTestCase {
    func testTheBannerSaysWhatIsDueAndDueListsIt() throws {
        guard let tmux = TmuxSession.findTmux() else { throw XCTSkip("tmux is not installed; Scripts/test installs it") }
        let binary = REPLInTmuxTests.binaryPath()
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw XCTSkip("no astpm binary at \(binary)") }
        let session = try TmuxSession(tmux: tmux)
        defer { session.close() }

        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let now = Date()
        let parts = calendar.dateComponents([.year, .month], from: now)
        let start = parts.month! >= 9 ? parts.year! : parts.year! - 1
        let cycle = "\(start)-\(String(format: "%02d", (start + 1) % 100))"
        let f = DateFormatter()
        f.calendar = calendar
        f.timeZone = calendar.timeZone
        f.locale = Locale(identifier: "en_GB_POSIX")
        f.dateFormat = "yyyy-MM-dd"
        let today = f.string(from: now), review = f.string(from: now.addingTimeInterval(3 * 86_400))
        let record = """
        ---
        schema: 1
        kind: support
        status: agreed
        ast: Amir Okafor
        cycle: \(cycle)
        created: \(today)
        updated: \(today)
        fields:
          stage: starting
          next-review: \(review)
        ---

        """
        let file = session.directory.appendingPathComponent("support.md")
        try record.write(to: file, atomically: false, encoding: .utf8)
        let store = session.directory.appendingPathComponent("store").path
        let imported = try ShowWrapInTmuxTests.run(binary, ["--store", store, "import", file.path], home: session.home.path)
        XCTAssertEqual(imported.status, 0, imported.output)

        try session.start(binary, arguments: ["--store", store])
        try session.waitForPrompt("astpm> ")
        let screen = try session.screen()
        XCTAssertTrue(screen.contains("1 thing due in the next 14 days: type 'due' to see it."), screen.joined(separator: "\n"))
        try session.type("due")
        try session.press("Enter")
        try session.waitUntil("due's list and a fresh prompt") {
            let text = try session.transcript()
            let current = try session.cursorLine()
            return text.contains { $0.hasPrefix("  - Amir Okafor: review of progress on the support plan.") } && current == "astpm>"
        }
    }
}

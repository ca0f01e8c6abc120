import XCTest
@testable import LineEditing

final class HistoryFileTests: XCTestCase {
    private var root = ""

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-history-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        chmod(root, 0o700)
        try? FileManager.default.removeItem(atPath: root)
    }

    private func mode(_ path: String) -> mode_t {
        var st = stat()
        XCTAssertEqual(stat(path, &st), 0, "stat \(path)")
        return st.st_mode & 0o777
    }

    func testDefaultPathPrefersAbsoluteXDGStateHome() {
        XCTAssertEqual(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]), "/s/astpm/history")
        XCTAssertEqual(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "/s/", "HOME": "/h"]), "/s/astpm/history")
        XCTAssertEqual(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"]), "/h/.local/state/astpm/history")
        XCTAssertEqual(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "", "HOME": "/h"]), "/h/.local/state/astpm/history")
        XCTAssertNil(HistoryFile.defaultPath(environment: [:]))
    }

    func testAppendCreatesPrivateFolderAndFile() throws {
        let path = root + "/state/astpm/history"
        let file = HistoryFile(path: path)
        XCTAssertEqual(try file.load(), [])
        try file.append("help")
        try file.append("version")
        XCTAssertEqual(try file.load(), ["help", "version"])
        XCTAssertEqual(mode(root + "/state/astpm"), 0o700)
        XCTAssertEqual(mode(path), 0o600)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "help\nversion\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root + "/state/astpm")
        XCTAssertEqual(leftovers, ["history"], "no temporary files left behind")
    }

    /// A FIFO where the history file should be is refused at once (it held up
    /// the start waiting for a writer).
    func testAFIFOInPlaceOfTheHistoryIsRefusedNotWaitedOn() throws {
        let path = root + "/history"
        guard mkfifo(path, 0o600) == 0 else { throw XCTSkip("this file system cannot make a FIFO (errno \(errno))") }
        XCTAssertThrowsError(try HistoryFile(path: path).load()) { error in
            XCTAssertEqual((error as? FileIOError)?.code, EINVAL, "\(error)")
        }
    }

    /// A 1 MiB paste used to be kept whole in the history file.
    func testAnEntryOverTheCapIsNotStored() throws {
        let path = root + "/history"
        let file = HistoryFile(path: path)
        let paste = String(repeating: "x", count: 1 << 20)
        let longest = String(repeating: "y", count: HistoryFile.maxEntryBytes)
        try file.append("help")
        try file.append(paste)
        try file.append(longest)
        try file.save(try file.load() + [paste, "version"])
        XCTAssertEqual(try file.load(), ["help", longest, "version"])
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1
        XCTAssertLessThan(size, 2 * HistoryFile.maxEntryBytes, "no long line in the file")
        // A file written before the cap: its long line is not loaded.
        try ("old\n" + paste + "\nnew\n").write(toFile: path, atomically: false, encoding: .utf8)
        XCTAssertEqual(try file.load(), ["old", "new"])
    }

    func testKeepsOnlyTheNewestEntriesUpToTheLimit() throws {
        let file = HistoryFile(path: root + "/history", limit: 5)
        for n in 1...8 { try file.append("command \(n)") }
        XCTAssertEqual(try file.load(), (4...8).map { "command \($0)" })
    }

    func testDefaultLimitIsOneThousand() throws {
        let file = HistoryFile(path: root + "/history")
        XCTAssertEqual(file.limit, 1000)
        try file.save((1...1500).map { "line \($0)" })
        let loaded = try file.load()
        XCTAssertEqual(loaded.count, 1000)
        XCTAssertEqual(loaded.first, "line 501")
        XCTAssertEqual(loaded.last, "line 1500")
    }

    func testConsecutiveDuplicatesAreNotRepeated() throws {
        let file = HistoryFile(path: root + "/history")
        try file.append("help")
        try file.append("help")
        try file.append("quit")
        try file.append("help")
        XCTAssertEqual(try file.load(), ["help", "quit", "help"])
    }

    func testMultiLineAndBackslashEntriesRoundTrip() throws {
        let file = HistoryFile(path: root + "/history")
        let entries = ["first\nsecond", #"C:\new\path"#, "Zoë Ní Bhriain £181m", "cr\rhere"]
        for entry in entries { try file.append(entry) }
        XCTAssertEqual(try file.load(), entries)
        let text = try String(contentsOfFile: root + "/history", encoding: .utf8)
        XCTAssertEqual(text.split(separator: "\n").count, entries.count, "one entry a line")
    }

    func testRewritesAWiderFileAsPrivate() throws {
        let path = root + "/history"
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o644)
        try HistoryFile(path: path).append("new")
        XCTAssertEqual(mode(path), 0o600)
        XCTAssertEqual(try HistoryFile(path: path).load(), ["old", "new"])
    }

    func testAppendKeepsLinesAnotherSessionWrote() throws {
        let path = root + "/history"
        let mine = HistoryFile(path: path)
        let theirs = HistoryFile(path: path)
        try mine.append("mine 1")
        try theirs.append("theirs 1")
        try mine.append("mine 2")
        XCTAssertEqual(try mine.load(), ["mine 1", "theirs 1", "mine 2"])
    }

    func testFolderThatCannotBeMadeThrowsAReadableError() throws {
        let blocker = root + "/file"
        try "x".write(toFile: blocker, atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try HistoryFile(path: blocker + "/astpm/history").append("x")) { error in
            XCTAssertEqual("\(error)", "cannot open \(blocker)/astpm/history: Not a directory")
        }
    }

    func testPathThatIsAFolderThrows() throws {
        let path = root + "/history"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        XCTAssertThrowsError(try HistoryFile(path: path).append("x")) { error in
            XCTAssertTrue(error is FileIOError, "\(error)")
        }
    }
}

@testable import Configuration
import Foundation
import XCTest

/// The configuration file: where it is, what it may hold, and its errors.
final class ConfigurationTests: XCTestCase {
    func testThePathFollowsTheEnvironment() {
        XCTAssertEqual(ConfigFile.path(environment: ["ASTPM_CONFIG": "/x/c", "XDG_CONFIG_HOME": "/y"]), "/x/c")
        XCTAssertEqual(ConfigFile.path(environment: ["XDG_CONFIG_HOME": "/y", "HOME": "/h"]), "/y/astpm/config")
        XCTAssertEqual(ConfigFile.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]), "/h/.config/astpm/config")
    }

    func testSettingsAreRead() throws {
        let c = try ConfigParser.parse("""
        # for the printed statement
        school: Elmfield High School
        lea: "Westshire LEA"
        line_manager: Femi Adeyemi
        store: ~/pm-records
        """, path: "config", home: "/home/femi")
        XCTAssertEqual(c, AstpmConfig(school: "Elmfield High School", lea: "Westshire LEA", lineManager: "Femi Adeyemi",
                                      store: "/home/femi/pm-records", path: "config", found: true))
        XCTAssertEqual(try ConfigParser.parse("", path: "c", home: nil), AstpmConfig(path: "c", found: true))
    }

    func testMistakesAreRefusedWithTheirPlace() {
        func message(_ text: String) -> String {
            do { _ = try ConfigParser.parse(text, path: "cfg", home: nil); return "accepted" } catch { return error.description }
        }
        XCTAssertEqual(message("school: A\npager: less\n"), "cfg:2:1: unknown setting 'pager'; the settings are school, lea, line-manager, store")
        XCTAssertEqual(message("school: [a, b]\n"), "cfg:1:9: 'school' should be text, not a list")
        XCTAssertEqual(message("- school\n"), "cfg:1:1: expected settings as 'name: value' lines (school, lea, line-manager, store), found a list")
        XCTAssertTrue(message("school: &a x\nlea: *a\n").hasPrefix("cfg:1:"), message("school: &a x\nlea: *a\n"))
        XCTAssertEqual(message("school: \"a\\tb\"\n"), "cfg:1:9: 'school' should be one line of text without control characters")
    }

    func testFilesThatAreMissingOrNotRegularFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertEqual(try ConfigFile.load(path: dir.path + "/none", home: nil), AstpmConfig(path: dir.path + "/none", found: false))
        XCTAssertThrowsError(try ConfigFile.load(path: dir.path, home: nil)) { XCTAssertTrue("\($0)".contains("is not a regular file"), "\($0)") }
        let fifo = dir.path + "/fifo"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertThrowsError(try ConfigFile.load(path: fifo, home: nil)) { XCTAssertTrue("\($0)".contains("is not a regular file")) }
        let bad = dir.path + "/bad"
        _ = FileManager.default.createFile(atPath: bad, contents: Data([0x73, 0x3A, 0x20, 0xFF]))
        XCTAssertThrowsError(try ConfigFile.load(path: bad, home: nil)) { XCTAssertTrue("\($0)".contains("is not UTF-8")) }
        let good = dir.path + "/good"
        try "lea: Westshire\n".write(toFile: good, atomically: false, encoding: .utf8)
        XCTAssertEqual(try ConfigFile.load(path: good, home: nil).lea, "Westshire")
    }
}

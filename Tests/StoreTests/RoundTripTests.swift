import Foundation
import Records
@testable import Store
import XCTest

final class RoundTripTests: XCTestCase {
    func testEveryKindRoundTripsThroughText() throws {
        for record in Samples.all {
            let text = try RecordFileEncoder.encode(record, savedBy: "tester@host")
            let decoded = try RecordFileDecoder.decode(text: text, path: "x.md")
            XCTAssertEqual(decoded.record, record, "kind \(record.kind):\n\(text)")
            XCTAssertEqual(decoded.savedBy, "tester@host")
            // Encoding again gives the same bytes (stable order, clean diffs).
            XCTAssertEqual(try RecordFileEncoder.encode(decoded.record, savedBy: "tester@host"), text)
        }
    }

    func testFileLooksAsDocumented() throws {
        let text = try RecordFileEncoder.encode(Samples.planning())
        XCTAssertTrue(text.hasPrefix("---\n# astpm performance-management record, file format schema 1."))
        XCTAssertTrue(text.contains("DfES/0143/2004"))
        XCTAssertTrue(text.contains("\nschema: 1\nkind: planning\nstatus: agreed\nast: Zoë Ní Bhriain\ncycle: 2025-26\ncreated: 2025-09-15\n"), text)
        XCTAssertTrue(text.contains("answer that looks boolean: \"NO\""), text)
        XCTAssertTrue(text.contains("leading zero: \"0123\""), text)
        XCTAssertTrue(text.contains("version-like: \"1.10\""), text)
        XCTAssertTrue(text.contains("cites: [objectives.2, qa.7]"), text)
    }

    func testStringsStayStringsWhenHandWrittenPlain() throws {
        let text = """
        ---
        schema: 1
        kind: review
        status: draft
        ast: Sam Lee
        cycle: 2025-26
        created: 2025-09-15
        fields:
          agreed: NO
          code: 0123
          version: 1.10
          flag: yes
          nothing: ~
        ---
        """
        let r = try RecordFileDecoder.decode(text: text, path: "x.md").record
        XCTAssertEqual(r.fields.map(\.value), [.text("NO"), .text("0123"), .text("1.10"), .text("yes"), .text("~")])
    }

    func testStoreRoundTripsStrangeNames() throws {
        let store = try FileRecordStore(root: makeTemporaryFolder(self), savedBy: "t@h")
        let names = ["Zoë Ní Bhriain", "Ayo O'Neill", "A/B Smith \\ ../..", String(repeating: "Wolfeschlegelsteinhausen", count: 12),
                     "李小龍", "Ünïcödé—Dash"]
        for name in names {
            for record in [Samples.planning(ast: name), Samples.review(ast: name)] {
                let saved = try store.create(record)
                XCTAssertFalse(saved.id.rawValue.contains(".."))
                XCTAssertEqual(saved.id.rawValue.split(separator: "/").count, 2)
                XCTAssertLessThan(saved.id.rawValue.utf8.count, 80)
                XCTAssertTrue(saved.id.rawValue.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-/".contains($0)) }, saved.id.rawValue)
                XCTAssertEqual(try store.load(saved.id).record, record)
            }
        }
        let listed = try store.list()
        XCTAssertEqual(listed.records.count, names.count * 2)
        XCTAssertEqual(listed.unreadable, [])
        // Both records of one AST share a folder.
        XCTAssertEqual(Set(listed.records.map { $0.id.rawValue.split(separator: "/")[0] }).count, names.count)
    }

    func testRecordThatWouldNotReadBackIsRefused() throws {
        let store = try FileRecordStore(root: makeTemporaryFolder(self))
        XCTAssertThrowsError(try store.create(Samples.planning(ast: "  "))) { error in
            XCTAssertTrue("\(error)".contains("'ast' is empty"), "\(error)")
        }
        XCTAssertEqual(try store.list().records.count, 0)
    }

    func testSlugs() {
        XCTAssertEqual(StoreLayout.slug("Zoë Ní Bhriain"), "zoe-ni-bhriain")
        XCTAssertEqual(StoreLayout.slug("Ayo O'Neill"), "ayo-oneill")
        XCTAssertEqual(StoreLayout.slug("../../etc/passwd"), "etc-passwd")
        XCTAssertEqual(StoreLayout.slug("李小龍"), "ast")
        // Letters with no accent to fold are spelt out rather than dropped.
        XCTAssertEqual(StoreLayout.slug("Ǆemal Đorđević"), "dzemal-dordevic")
        XCTAssertEqual(StoreLayout.slug("Æsa Ørsted-Weiß"), "aesa-orsted-weiss")
        XCTAssertEqual(StoreLayout.slug("Łukasz Œuvre"), "lukasz-oeuvre")
        XCTAssertEqual(StoreLayout.slug(String(repeating: "Æ", count: 30)).count, 40)
        XCTAssertEqual(StoreLayout.slug("abc " + String(repeating: "x", count: 36) + " yz"), "abc-" + String(repeating: "x", count: 36))
    }

    func testSameNameDifferentPeopleNeverCollide() throws {
        let store = try FileRecordStore(root: makeTemporaryFolder(self))
        let a = try store.create(Samples.planning(ast: "Sam Lee"))
        let b = try store.create(Samples.planning(ast: "Sam Lee"))
        XCTAssertNotEqual(a.id, b.id)
        XCTAssertEqual(try store.list().records.count, 2)
    }

    func testPermissions() throws {
        let root = makeTemporaryFolder(self).appendingPathComponent("nested/store")
        let store = try FileRecordStore(root: root)
        let saved = try store.create(Samples.planning())
        func mode(_ path: String) -> Int { (try! FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue }
        XCTAssertEqual(mode(root.path), 0o700)
        XCTAssertEqual(mode(try store.path(of: saved.id)), 0o600)
        XCTAssertEqual(mode(root.appendingPathComponent(String(saved.id.rawValue.split(separator: "/")[0])).path), 0o700)
        try store.saveSession("objectives Zoë", [1, 2, 3])
        XCTAssertEqual(mode(root.appendingPathComponent(".sessions").path), 0o700)
        XCTAssertEqual(try store.listSessions(), ["objectives Zoë"])
        XCTAssertEqual(try store.loadSession("objectives Zoë"), [1, 2, 3])
        try store.deleteSession("objectives Zoë")
        XCTAssertEqual(try store.listSessions(), [])
    }

    func testDefaultRoot() {
        XCTAssertEqual(FileRecordStore.defaultRoot(environment: ["ASTPM_STORE": "/s", "HOME": "/h"]).path, "/s")
        XCTAssertEqual(FileRecordStore.defaultRoot(environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]).path, "/x/astpm")
        XCTAssertEqual(FileRecordStore.defaultRoot(environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"]).path, "/h/.local/share/astpm")
    }
}

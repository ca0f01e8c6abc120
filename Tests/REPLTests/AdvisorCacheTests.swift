import Advisor
import Foundation
import Guidance
@testable import REPL
import XCTest

/// The on-disk cache of built advisors: keyed so that a stale image is never
/// used, private files, and best-effort (a damaged image is dropped, not trusted).
final class AdvisorCacheTests: XCTestCase {
    var root: URL!
    var guidance: URL!
    var executable: URL!
    var environment: [String: String] { ["XDG_CACHE_HOME": root.appendingPathComponent("cache").path, "HOME": "/nonexistent"] }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("astpm-cache-\(UUID().uuidString)")
        guidance = root.appendingPathComponent("Guidance")
        executable = root.appendingPathComponent("astpm")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: GuidanceLoader.builtInDirectory!, to: guidance)
        try Data("a build".utf8).write(to: executable)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    func cache() throws -> AdvisorCache {
        try XCTUnwrap(AdvisorCache(environment: environment, guidance: guidance, displayRoot: "Guidance", executable: executable.path))
    }

    static let advisor: Advisor = Advisor(guidance: GuidanceLoader.load(directory: GuidanceLoader.builtInDirectory!).guidance!)

    func testAStoredAdvisorComesBackAndAnswersTheSame() throws {
        let c = try cache()
        XCTAssertFalse(c.hasImage)
        XCTAssertNil(c.load())
        c.store(Self.advisor)
        XCTAssertTrue(c.hasImage)
        let loaded = try XCTUnwrap(c.load())
        for q in ["can an AST jump two spine points this September?", "how much sick pay does an AST get?", "top of range what now"] {
            XCTAssertEqual(loaded.answer(q), Self.advisor.answer(q), q)
        }
    }

    func testImagesArePrivate() throws {
        let c = try cache()
        c.store(Self.advisor)
        XCTAssertEqual(try mode(c.imagePath), 0o600)
        XCTAssertEqual(try mode(c.folder), 0o700)
    }

    func testEditingAGuidanceFileOrRebuildingAstpmGivesANewKey() throws {
        let before = try cache().key
        XCTAssertEqual(try cache().key, before, "nothing changed, same key")
        let lexicon = guidance.appendingPathComponent("lexicon.yaml")
        try (String(contentsOf: lexicon, encoding: .utf8) + "# edited\n").write(to: lexicon, atomically: false, encoding: .utf8)
        let afterEdit = try cache().key
        XCTAssertNotEqual(afterEdit, before)
        try FileManager.default.removeItem(at: executable)
        try Data("another build".utf8).write(to: executable)
        XCTAssertNotEqual(try cache().key, afterEdit)
        try Data("passages: []\n".utf8).write(to: guidance.appendingPathComponent("passages/extra.yaml"))
        XCTAssertNotEqual(try cache().key, afterEdit, "a new file counts")
    }

    func testADamagedImageIsDroppedNotTrusted() throws {
        let c = try cache()
        c.store(Self.advisor)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: c.imagePath))
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: c.imagePath))
        XCTAssertNil(c.load())
        XCTAssertFalse(c.hasImage, "the damaged image is removed, so the next run rebuilds it")
    }

    func testStoringRemovesImagesOfOtherKeys() throws {
        let old = try cache()
        old.store(Self.advisor)
        try Data("another build".utf8).write(to: executable)
        let new = try cache()
        XCTAssertNotEqual(new.key, old.key)
        new.store(Self.advisor)
        XCTAssertFalse(old.hasImage)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: new.folder), ["advisor-\(new.key).img"])
    }

    func testTheCacheFolderFollowsXDG() {
        XCTAssertEqual(AdvisorCache.folder(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"]), "/c/astpm")
        XCTAssertEqual(AdvisorCache.folder(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/h"]), "/h/.cache/astpm")
        XCTAssertEqual(AdvisorCache.folder(environment: ["HOME": "/h"]), "/h/.cache/astpm")
        XCTAssertNil(AdvisorCache.folder(environment: [:]))
    }

    func testAnUnwritableCacheIsNoError() throws {
        let file = root.appendingPathComponent("not-a-folder")
        try Data().write(to: file)
        let c = try XCTUnwrap(AdvisorCache(environment: ["XDG_CACHE_HOME": file.path], guidance: guidance, displayRoot: "Guidance",
                                           executable: executable.path))
        c.store(Self.advisor)
        XCTAssertNil(c.load())
    }

    private func mode(_ path: String) throws -> Int {
        ((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1) & 0o777
    }
}

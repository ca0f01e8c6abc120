import Foundation
import Records
@testable import Store
import XCTest

/// Generated stores and generated changes (saves through the store, edits,
/// additions and removals by hand, broken files, a deleted or damaged index):
/// after every step the listing through the index is the listing of the
/// files, whether the store has the index in memory, loads it from its file,
/// or has none at all.
final class IndexPropertyTests: XCTestCase {
    static let names = ["Zoë Ní Bhriain", "Amir Okafor", "Beth Evans", "Siân Prothero", "Ann B", "Ann", "ZOE NI BHRIAIN", "Émile Zola"]

    func testListingsWithAndWithoutTheIndexAgree() throws {
        let seeds: [UInt64] = ProcessInfo.processInfo.environment["ASTPM_INDEX_SEED"].flatMap(UInt64.init).map { [$0] } ?? [1, 2, 3, 4, 5, 6]
        for seed in seeds { try run(seed: seed, steps: 45) }
    }

    func run(seed: UInt64, steps: Int) throws {
        let root = makeTemporaryFolder(self)
        var random = SeededRandom(seed: seed)
        let fm = FileManager.default
        func open() throws -> FileRecordStore {
            let s = try FileRecordStore(root: root, savedBy: "t@h")
            s.recentSlack = 0  // entries kept at once: the index is used, not bypassed (every edit below changes size or inode)
            return s
        }
        let longLived = try open()
        var log: [String] = []
        for step in 0..<steps {
            let ids = try longLived.ids()
            let records = ids.filter { fm.fileExists(atPath: root.path + "/" + $0.rawValue + ".md") }
            let what = Int.random(in: 0..<11, using: &random)
            let pick = { (list: [RecordID]) -> RecordID? in list.isEmpty ? nil : list[Int.random(in: 0..<list.count, using: &random)] }
            switch what {
            case 0, 1, 2:
                let ast = Self.names[Int.random(in: 0..<Self.names.count, using: &random)]
                let record = [Samples.planning(ast: ast), Samples.evidence(ast: ast), Samples.review(ast: ast), Samples.support(ast: ast)][Int.random(in: 0..<4, using: &random)]
                log.append("create \(ast) \(record.kind)")
                _ = try longLived.create(record)
            case 3:
                guard let id = pick(records), let current = try? longLived.load(id) else { continue }
                var changed = current.record
                changed.notes += String(repeating: "More notes. ", count: Int.random(in: 1...5, using: &random))
                log.append("update \(id)")
                _ = try longLived.update(id, changed, expectedRevision: current.revision)
            case 4:
                guard let id = pick(records) else { continue }
                let path = root.path + "/" + id.rawValue + ".md"
                let text = try String(contentsOfFile: path, encoding: .utf8)
                let ast = Self.names[Int.random(in: 0..<Self.names.count, using: &random)] + " Hand"
                let edited = text.replacingOccurrences(of: #"(?m)^ast: .*$"#, with: "ast: \(ast)", options: .regularExpression)
                log.append("edit in place \(id) → \(ast)")
                try overwriteInPlace(path, edited + (edited.utf8.count == text.utf8.count ? "\n" : ""))
            case 5:
                guard let id = pick(records) else { continue }
                log.append("remove \(id)")
                try fm.removeItem(atPath: root.path + "/" + id.rawValue + ".md")
            case 6:
                guard let id = pick(ids) else { continue }
                let folder = root.path + "/" + id.rawValue.split(separator: "/")[0]
                log.append("broken file in \(folder)")
                try "---\nkind: nonsense\n---\n".write(toFile: folder + "/broken-\(step).md", atomically: false, encoding: .utf8)
            case 7:
                log.append("new folder by hand")
                let folder = root.appendingPathComponent("hand-\(step)")
                try fm.createDirectory(at: folder, withIntermediateDirectories: false)
                try RecordFileEncoder.encode(Samples.tour(ast: "Hand \(step)")).write(to: folder.appendingPathComponent("2025-26-tour.md"), atomically: false, encoding: .utf8)
            case 8:
                log.append("delete the index")
                try? fm.removeItem(at: root.appendingPathComponent(".index"))
            case 9:
                guard let data = try? Data(contentsOf: root.appendingPathComponent(".index")), data.count > 20 else { continue }
                log.append("damage the index")
                var d = data
                d[Int.random(in: 8..<d.count, using: &random)] ^= 0x10
                try d.write(to: root.appendingPathComponent(".index"))
            default:
                guard let id = pick(ids) else { continue }
                let folder = String(id.rawValue.split(separator: "/")[0])
                log.append("rename folder \(folder)")
                try fm.moveItem(atPath: root.path + "/" + folder, toPath: root.path + "/" + folder + "-moved")
            }
            let message = "seed \(seed), step \(step): " + log.suffix(3).joined(separator: "; ")
            let warm = try longLived.listing()
            try IndexOracle.check(warm, root, message)
            XCTAssertEqual(try open().listing(), warm, "\(message): from the index file")
            let saved = try? Data(contentsOf: root.appendingPathComponent(".index"))
            try? fm.removeItem(at: root.appendingPathComponent(".index"))
            XCTAssertEqual(try open().listing(), warm, "\(message): with no index")
            if let saved { try saved.write(to: root.appendingPathComponent(".index")) }
            // Every AST's records as the by-name lookup finds them are those the listing names.
            for name in Set(warm.summaries.map(\.ast)).sorted().prefix(3) {
                let found = try longLived.records(of: name, cycle: nil, kind: nil).records.map(\.id)
                let listed = warm.summaries.filter { PersonName.same($0.ast, name) }.map(\.id)
                XCTAssertEqual(found, listed, "\(message): records of \(name)")
            }
            if testRun?.failureCount ?? 0 > 0 { return }
        }
    }
}

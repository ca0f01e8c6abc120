import Foundation
import InterviewEngine
import Records

/// A paused interview as kept in the store: the engine state plus what the
/// `resume` list shows. Saved after every answer, so nothing acknowledged is lost.
struct PausedInterview: Codable, Equatable {
    var name: String
    var interviewID: String
    var title: String
    /// The AST's name once given (for the list).
    var ast: String?
    var state: InterviewState
}

/// Saves, lists and removes paused interviews through `RecordStore`'s session calls.
enum InterviewSessionStore {
    /// A name not yet used, e.g. `review-2`.
    static func newName(for interviewID: String, store: RecordStore) -> String {
        if let reserved = try? store.reserveSessionName(prefix: interviewID) { return reserved }
        return SessionNames.firstFree(prefix: interviewID, taken: (try? store.listSessions()) ?? [])
    }

    /// The paused interview a user means by `wanted`: its number in the list, or its name.
    static func choose(_ wanted: String, from paused: [PausedInterview]) throws -> PausedInterview {
        if let n = Int(wanted), paused.indices.contains(n - 1) { return paused[n - 1] }
        if let p = paused.first(where: { $0.name == wanted }) { return p }
        throw UserError("No paused interview '\(wanted)'. Type 'resume' for the list.")
    }

    static func save(_ paused: PausedInterview, store: RecordStore) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try store.saveSession(paused.name, Array(try encoder.encode(paused)))
    }

    static func load(_ name: String, store: RecordStore) throws -> PausedInterview? {
        guard let bytes = try store.loadSession(name) else { return nil }
        do {
            return try JSONDecoder().decode(PausedInterview.self, from: Data(bytes))
        } catch {
            throw UserError("The paused session '\(name)' cannot be read (\(error.localizedDescription)); it was left as it is.")
        }
    }

    /// Every paused interview that can be read, oldest name first.
    static func list(store: RecordStore) throws -> [PausedInterview] {
        try store.listSessions().compactMap { try? load($0, store: store) }
    }
}

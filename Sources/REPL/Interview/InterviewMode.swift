import Foundation
import Guidance
import InterviewEngine
import Records
import Store

/// The id of the last record an interview saved in this session, for `explain`.
final class LastInterviewRecord {
    var id: RecordID?
}

/// The REPL mode while an interview runs: lines are answers, or one of the
/// in-interview words (why, help, back, skip, review, explain, keep, pause).
/// It saves the session after every event, so a pause (Ctrl-C on an empty
/// line, Ctrl-D), the end of input or a crash never loses an acknowledged
/// answer; `quit` and `ask ...` pass through to the commands.
final class InterviewMode: LineMode {
    private(set) var engine: InterviewEngine
    let sessionName: String
    private var lastHeading: String?
    /// A finished record the store refused (disk full, read-only, a broken file
    /// in the way). The interview stays open holding it until it is saved.
    private var unsaved: Record?
    /// The AST and cycle the engine's earlier records were looked up for.
    private var earlierKey: String?

    /// `settings` are what the configuration file offers the interview (the line manager's name).
    init(engine: InterviewEngine, sessionName: String, settings: InterviewSettings = .none) {
        self.engine = engine
        self.engine.settings = settings
        self.sessionName = sessionName
    }

    var answersArePrivate: Bool { true }

    var clearedLineHint: String? {
        unsaved == nil ? "Ctrl-C again on an empty line pauses."
            : "Ctrl-C again on an empty line writes the record to a file to import later."
    }

    var endOfInputReturnsToPrompt: Bool { true }

    var prompt: String {
        if unsaved != nil { return "\(engine.interview.id) unsaved> " }
        let n = engine.currentQuestion?.number ?? 0
        return "\(engine.interview.id) \(n)> "
    }

    /// Starts (or resumes) the interview: shows the opening text and the first question.
    func begin(context: REPLContext, resumed: Bool) {
        context.mode = self
        if resumed {
            context.say("Resuming '\(engine.interview.title)' (\(sessionName)).")
        } else {
            context.say(TextFormatting.bold(engine.interview.title, context.style))
            if !engine.interview.summary.isEmpty { context.say(engine.interview.summary) }
            context.say("At any question you can type: \(InterviewRendering.words).")
        }
        carryOut(engine.begin(), context: context)
    }

    func handle(_ line: String, context: REPLContext) throws -> LineOutcome? {
        let word = line.lowercased()
        if let record = unsaved { return try handleUnsaved(record, line: line, context: context) }
        if ["quit", "exit"].contains(word) || word.hasPrefix("ask ") { return nil }
        if word == "tour" || word == "resume" || word.hasPrefix("resume ") || word.hasPrefix("discard ")
            || context.guidance.interviews.contains(where: { word == "start \($0.id)" }) {
            context.complain("'\(engine.interview.title)' is still running. Type 'pause' first, then '\(line)'.")
            return .continueSession
        }
        switch word {
        case "why":
            if let q = engine.currentQuestion { context.say(InterviewRendering.why(q, guidance: context.guidance, context.style)) }
        case "help", "?":
            if let q = engine.currentQuestion { context.say(InterviewRendering.help(q)) }
        case "back": carryOut(engine.back(), context: context)
        case "skip": carryOut(engine.skip(), context: context)
        case "review": carryOut(engine.review(), context: context)
        case "explain": carryOut(engine.explain(), context: context)
        case "keep": carryOut(engine.answer(""), context: context)
        case "pause":
            pause(context: context, reason: "Paused")
        default:
            if let q = engine.currentQuestion, q.offers == .planObjectives, q.kind == .text,
               let objective = engine.earlier.plan?.pick(line) {
                context.say("Objective \(line.trimmingCharacters(in: .whitespaces)): \(objective)")
                carryOut(engine.answer(objective), context: context)
            } else if let q = engine.currentQuestion, q.stepID == engine.interview.record.ast?.value, q.heading == nil,
                      let known = knownSpelling(of: line, context: context) {
                // One AST is one person: a name that folds to one in the records is that AST.
                context.say("Taken as \(known), who is already in the records (names are matched without case, accents or extra spaces).")
                carryOut(engine.answer(known), context: context)
            } else {
                carryOut(engine.answer(line), context: context)
            }
        }
        return .continueSession
    }

    /// The spelling of this name in the saved records, when it differs from what was typed.
    private func knownSpelling(of typed: String, context: REPLContext) -> String? {
        let name = typed.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, let records = try? context.store.records(of: name, cycle: nil, kind: nil).records,
              let known = PersonName.existingSpelling(of: name, among: records.sorted { $0.id < $1.id }.map(\.record.ast)),
              known != name else { return nil }
        return known
    }

    /// Gives the engine what the store holds for the AST and cycle answered so
    /// far (the plan, the evidence log, earlier reviews), looked up again only
    /// when either answer changes and only for interviews that offer them.
    /// True when what the engine holds changed.
    @discardableResult
    private func refreshEarlier(context: REPLContext) -> Bool {
        let spec = engine.interview.record
        guard engine.interview.allSteps.contains(where: { $0.offers?.readsRecords ?? false }),
              let astStep = spec.ast?.value, let cycleStep = spec.cycle?.value else { return false }
        let ast = engine.state.answers[astStep].map { $0.display() } ?? ""
        let cycle = engine.state.answers[cycleStep].map { $0.display() } ?? ""
        let key = ast + "\u{0}" + cycle
        guard key != earlierKey else { return false }
        earlierKey = key
        var found = EarlierRecords.none
        if !ast.isEmpty, !cycle.isEmpty, let records = try? context.store.records(of: ast, cycle: nil, kind: nil).records {
            let evidenceInterview = context.guidance.interviews.first { $0.record.kind.value == RecordKind.evidence.rawValue }
            found = EarlierRecords.select(from: records, ast: ast, cycle: cycle, evidenceInterview: evidenceInterview)
        }
        guard found != engine.earlier else { return false }
        engine.earlier = found
        return true
    }

    /// An empty line (Enter) takes the default or keeps the answer shown.
    func complete(_ line: String, context: REPLContext) -> [String] {
        // A finished word followed by a space ("no ") has nothing left to complete.
        if line.last == " ", !line.trimmingCharacters(in: .whitespaces).isEmpty { return [] }
        let prefix = line.trimmingCharacters(in: .whitespaces)
        let words = InterviewRendering.words.components(separatedBy: ", ").filter { $0.hasPrefix(prefix.lowercased()) }
        var offered: [String] = []
        if engine.currentQuestion?.offers == .planObjectives, let found = engine.earlier.plan {
            offered = found.objectives.filter { $0.lowercased().hasPrefix(prefix.lowercased()) }
        }
        return engine.completions(prefix) + offered + (prefix.isEmpty ? [] : words)
    }

    func suspend(context: REPLContext) {
        if let record = unsaved {
            // Ctrl-C or end of input with a record the store refused: try once
            // more, then write it beside the history file rather than lose it.
            if (try? RecordSaving.save(record, store: context.store)) != nil {
                unsaved = nil
                try? context.store.deleteSession(sessionName)
                context.mode = nil
                context.say("The record was saved after all.")
                return
            }
            // A new file every time: an earlier rescue with the same session
            // name is never replaced.
            do {
                let rescue = try RescueFile.write(record, session: sessionName, in: context.rescueFolder)
                context.say("The store still cannot take the record, so it was written to \(rescue); bring it in later with 'import \(rescue)'.")
            } catch {
                context.complain("The record could not be written to \(context.rescueFolder) either (\(error)); it is lost when astpm ends. Its answers were kept as '\(sessionName)' only if the autosave worked.")
            }
            unsaved = nil
            context.mode = nil
            return
        }
        pause(context: context, reason: "Paused")
    }

    /// Writes `record` as a store file (importable with `import`), durably and 0600.
    static func writeRecordFile(_ record: Record, to path: String) throws {
        try DurableWriter(fileSystem: PosixFileSystem()).write(Array(try RecordFileEncoder.encode(record).utf8), to: path)
    }

    private func pause(context: REPLContext, reason: String) {
        guard autosave(context: context) else {
            context.complain("The answers could not be kept, so the interview stays open: nothing is lost while astpm runs. Put the problem right and type 'pause' again, or carry on to the end and save the record to a file with 'save FILE'.")
            return
        }
        context.mode = nil
        context.say("\(reason) with \(engine.state.answers.count) answer\(engine.state.answers.count == 1 ? "" : "s") kept as '\(sessionName)'. Type 'resume' to carry on.")
    }

    // MARK: Carrying out the engine's actions

    func carryOut(_ action: InterviewAction, context: REPLContext) {
        switch action {
        case .ask(var q, let remarks):
            // The AST or cycle may have just been answered: the question then
            // takes its defaults and evidence from that AST's saved records.
            if refreshEarlier(context: context), let fresh = engine.currentQuestion { q = fresh }
            remarks.forEach { context.say(InterviewRendering.remark($0, context.style)) }
            if q.key == "agreement/agreed", lastHeading != "Agreement" {
                context.say("\nHere is the whole record for agreement:\n")
                context.say(RecordRendering.text(StoredRecord(id: RecordID("(not saved yet)"), record: engine.draftRecord(), revision: ""), style: context.style, guidance: context.guidance))
            }
            if let h = q.heading, h != lastHeading { context.say("\n— \(h) —") }
            lastHeading = q.heading
            if q.offers == .planObjectives, let plan = engine.earlier.plan {
                context.say(EarlierRendering.planListing(plan, for: q.kind, log: engine.earlier.evidence))
            }
            if let found = q.loggedEvidence { context.say(EarlierRendering.loggedEvidence(found, context.style)) }
            context.say(InterviewRendering.question(q, context.style))
            autosave(context: context)
        case .invalid(let error, let q):
            context.complain(error.description)
            context.say(InterviewRendering.promptLine(q, context.style))
        case .show(let lines):
            context.say(lines.joined(separator: "\n"))
        case .finished(let record, let remarks):
            remarks.forEach { context.say(InterviewRendering.remark($0, context.style)) }
            finish(record, context: context)
        case .stopped(let why, let remarks):
            remarks.forEach { context.say(InterviewRendering.remark($0, context.style)) }
            context.say("Stopped: \(why.text)\(InterviewRendering.cites(why.cites, context.style))")
            context.say("Nothing was saved as a record.")
            try? context.store.deleteSession(sessionName)
            context.mode = nil
        }
    }

    /// While a finished record waits to be saved: `save` tries the store again,
    /// `save FILE` writes the record file elsewhere (importable later), `quit`
    /// asks for confirmation; anything else is explained.
    private func handleUnsaved(_ record: Record, line: String, context: REPLContext) throws -> LineOutcome? {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        switch parts.first?.lowercased() ?? "" {
        case "save" where parts.count == 1:
            unsaved = nil
            finish(record, context: context)
        case "save":
            let path = OutputFile.expand(parts[1].trimmingCharacters(in: .whitespaces))
            do {
                try InterviewMode.writeRecordFile(record, to: path)
            } catch {
                context.complain("Could not write \(path): \(error). The record is still held here; try another place.")
                return .continueSession
            }
            unsaved = nil
            try? context.store.deleteSession(sessionName)
            context.mode = nil
            context.say("Wrote the record to \(path). Bring it into a store later with 'import \(path)'.")
        case "quit", "exit":
            context.complain("The finished record is not saved yet. Type 'save' to try the store again, or 'save FILE' to write it to a file; type 'quit!' to leave without it.")
        case "quit!":
            return .quit(0)
        default:
            context.complain("The finished record is not saved yet. Type 'save' to try the store again, or 'save FILE' (e.g. save ~/review.md) to write it elsewhere.")
        }
        return .continueSession
    }

    private func finish(_ record: Record, context: REPLContext) {
        autosave(context: context)
        let saved: RecordSaving.Saved
        do {
            saved = try RecordSaving.save(record, store: context.store)
        } catch {
            unsaved = record
            context.mode = self
            context.complain("The record could not be saved: \(error)")
            context.complain("Nothing is lost: the finished record is held here. Put the problem right and type 'save' to try again, or 'save FILE' to write it to a file you can import later.")
            return
        }
        let stored = saved.stored
        try? context.store.deleteSession(sessionName)
        context.mode = nil
        let last = context.service(LastInterviewRecord.self) ?? LastInterviewRecord()
        last.id = stored.id
        context.register(last, as: LastInterviewRecord.self)
        context.say("")
        context.say(RecordRendering.text(stored, style: context.style, guidance: context.guidance))
        let status = engine.interview.agreement == nil ? "\(record.kind.rawValue) record"
            : record.status == .agreed ? "agreed record" : "draft (not agreed)"
        context.say("\nSaved as \(status) \(stored.id). Type 'explain' to see how each conclusion was reached.")
        if let note = saved.note { context.say(note) }
        if let a = record.agreement {
            func folded(_ s: String) -> String { s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).trimmingCharacters(in: .whitespaces) }
            if folded(a.ast) != folded(record.ast) {
                context.say("Check: the AST agreeing is recorded as '\(a.ast)', but this record is for '\(record.ast)'. If that is a slip, run the interview again; the corrected record becomes a new version.")
            }
            if folded(a.ast) == folded(a.lineManager) {
                context.say("Check: the same name, '\(a.ast)', is recorded for both the line manager and the AST.")
            }
        }
        if record.status == .draft, engine.interview.agreement != nil {
            context.say("To agree it later, run 'start \(engine.interview.id)' again for the same AST and cycle: the agreed record becomes a new version of this draft.")
        }
    }

    @discardableResult
    private func autosave(context: REPLContext) -> Bool {
        let ast = engine.interview.record.ast.flatMap { engine.state.answers[$0.value] }.map { $0.display() }
        let paused = PausedInterview(name: sessionName, interviewID: engine.interview.id, title: engine.interview.title,
                                     ast: ast, state: engine.state)
        do {
            try InterviewSessionStore.save(paused, store: context.store)
            return true
        } catch {
            context.complain("Progress could not be saved (\(error)); the interview carries on with every answer held in memory.")
            return false
        }
    }
}

import Configuration
import Foundation
import Guidance
import Records

/// Everything a command may use: the guidance, the store, output, the clock,
/// and the active mode. Values that vary (time, width) come in from outside so
/// tests are deterministic.
public final class REPLContext {
    /// The guidance this session interprets. It may still be loading on another
    /// thread when the first prompt is shown; the first use waits for it.
    public var guidance: GuidanceSet {
        if let loaded { return loaded }
        let g = guidanceProvider()
        loaded = g
        return g
    }
    private var loaded: GuidanceSet?
    private let guidanceProvider: () -> GuidanceSet
    /// The guide's reference (e.g. DfES/0143/2004), known without loading everything.
    public let guidanceReference: String
    /// The record store, opened on first use so that a question or `version`
    /// creates no folder. If it cannot be opened, every use reports why.
    public private(set) lazy var store: RecordStore = {
        do { return try openStore() } catch { return UnavailableRecordStore(reason: "\(error)") }
    }()
    private let openStore: () throws -> RecordStore
    /// Where commands write; control characters are made visible on the way
    /// (`TerminalText`), whatever their source.
    public let output: OutputSink
    public var style: OutputStyle
    /// Measures the terminal's width now (set on a terminal), so output follows a resize.
    public var measureWidth: (() -> Int)?
    /// Clears the screen (set only when output is a terminal that understands it).
    public var clearScreen: (() -> Void)?
    /// Today's date and now, as supplied by the executable (tests fix them).
    public let clock: @Sendable () -> Date
    /// Description of where records are stored, for the banner and `help`.
    public let storeDescription: String
    /// The interview (or other mode) currently taking lines, if any.
    public var mode: LineMode?
    /// Services other modules add (advisor, interview runner...), looked up by type.
    public var services: [ObjectIdentifier: Any] = [:]
    /// Lines of standard input for one-shot commands that read it (`ask --json`).
    public var standardInput: (() -> String?)?
    /// Folder for records the store refused as an interview ended
    /// (`unsaved-NAME.md`); the executable sets it from its environment.
    public var rescueFolder: String = RescueFile.folder(environment: ProcessInfo.processInfo.environment, otherwise: "astpm-store")
    /// The configuration file's settings (school, LEA, line manager), read
    /// by the executable at start; empty in tests unless set.
    public var configuration = AstpmConfig()
    /// Where this run keeps its store, guidance and cache, for `doctor` (set by
    /// the executable; nil in tests unless set, and then the store is checked alone).
    public var doctorSetup: DoctorSetup?
    /// Tab completion for a line typed so far (set by the session; `__complete` uses it).
    public var completer: ((String) -> [String])?
    /// The commands known to this session.
    public internal(set) var commands: [Command] = []

    public convenience init(guidance: GuidanceSet, store: RecordStore, output: OutputSink, style: OutputStyle = .plain,
                            storeDescription: String = "memory", clock: @escaping @Sendable () -> Date = { Date() }) {
        self.init(guidance: { guidance }, reference: guidance.outline.reference, openStore: { store }, output: output,
                  style: style, storeDescription: storeDescription, clock: clock)
    }

    /// - Parameters:
    ///   - guidance: gives the guidance on first use (it may wait for a load in progress).
    ///   - reference: the guide's reference, for the banner.
    public init(guidance: @escaping () -> GuidanceSet, reference: String, openStore: @escaping () throws -> RecordStore,
                output: OutputSink, style: OutputStyle = .plain, storeDescription: String,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.guidanceProvider = guidance
        self.guidanceReference = reference
        self.openStore = openStore
        // Control characters from any file are made visible before they reach the terminal.
        self.output = output is VisibleOutput ? output : VisibleOutput(output)
        self.style = style
        self.storeDescription = storeDescription
        self.clock = clock
    }

    /// Asks the person at the terminal a question and reads their one-line
    /// answer (nil at end of input). Nil when input is not a terminal: piped
    /// runs are never asked anything.
    public var askLine: ((String) -> String?)?

    /// True only when the person at the terminal answers `y` or `yes` to `question`;
    /// nil when there is nobody to ask (piped input).
    func confirm(_ question: String) -> Bool? {
        guard let askLine else { return nil }
        // The question names things read from files; it goes to the terminal
        // as a prompt, not through `output`, so it is made visible here.
        let answer = askLine(TerminalText.forTerminal(question) + " [y/N] ")?.trimmingCharacters(in: .whitespaces).lowercased()
        return answer == "y" || answer == "yes"
    }

    /// Whether standard output is a terminal. Exact file bytes (`export ID`)
    /// go out unchanged only when it is not, so `export ID > FILE` round-trips.
    public var outputIsTerminal = true

    /// Writes a file's exact bytes when output goes to a file or pipe; on a
    /// terminal its control characters are made visible like everything else.
    func writeExact(_ text: String) {
        if !outputIsTerminal, let visible = output as? VisibleOutput { visible.inner.write(text) } else { output.write(text) }
    }

    /// Writes text wrapped to the terminal width (left whole when output is
    /// not a terminal), with a final newline.
    public func say(_ text: String) {
        output.write(wrapped(text) + "\n")
    }

    /// Writes a problem with the line (never fatal).
    public func complain(_ text: String) {
        output.writeError(wrapped(text) + "\n")
    }

    /// Writes a hint for the person typing ("To refine this: ..."): on
    /// standard output at a terminal; otherwise on standard error, so a file
    /// or pipe gets only the answer. A hint is never counted as a failure.
    public func hint(_ text: String) {
        if outputIsTerminal { say(text) } else { note(text) }
    }

    /// Writes a line on standard error that is not a failure of the line (a
    /// hint, a warning).
    public func note(_ text: String) {
        if let visible = output as? VisibleOutput {
            visible.writeNote(wrapped(text) + "\n")
        } else {
            output.writeError(wrapped(text) + "\n")
        }
    }

    /// False for a one-shot command: no later line will come, so nothing may
    /// wait for one (a question's follow-up is left out).
    public var takesFurtherLines = true

    private func wrapped(_ text: String) -> String {
        style.wraps ? TextFormatting.wrap(text, width: style.width) : text
    }

    public func service<T>(_ type: T.Type) -> T? { services[ObjectIdentifier(type)] as? T }
    public func register<T>(_ service: T, as type: T.Type) { services[ObjectIdentifier(type)] = service }

    /// Today's date as `YYYY-MM-DD` (UTC).
    public var today: String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_GB_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: clock())
    }
}

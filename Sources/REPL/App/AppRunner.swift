import Configuration
import Foundation
import Guidance
import LineEditing
import Records

/// Options the executable parsed, handed to the REPL module.
public struct AppOptions {
    public var storePath: String?
    public var guidancePath: String?
    public var noColor: Bool
    /// Never send output through a pager (`--no-pager`).
    public var noPager: Bool
    public var echo: Bool
    /// Piped input: stop at the first line that fails.
    public var bail: Bool
    /// A command line to run once (one-shot mode); empty for the REPL.
    public var oneShot: [String]

    public init(storePath: String?, guidancePath: String?, noColor: Bool, noPager: Bool = false, echo: Bool, bail: Bool = false,
                oneShot: [String]) {
        self.bail = bail
        self.noPager = noPager
        self.storePath = storePath
        self.guidancePath = guidancePath
        self.noColor = noColor
        self.echo = echo
        self.oneShot = oneShot
    }
}

/// Builds the real dependencies and runs the REPL or a one-shot command.
/// Returns the process exit status.
public enum AppRunner {
    public static func run(_ options: AppOptions, environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        StandardOutput.ignoreBrokenPipeSignal()
        let out = StandardOutput()
        // `guidance check` must work even when the guidance is broken.
        if options.oneShot.first == "guidance", options.oneShot.dropFirst().first == "check",
           !options.oneShot.contains(where: CommandSpec.helpFlags.contains) {
            let words = Array(options.oneShot.dropFirst())
            do {
                _ = try CommandInvocation.check(words, spec: GuidanceCommand().spec)
                guard case .check(let directory, let json) = try GuidanceCommand.request(words) else { return 2 }
                let report = GuidanceCheck.run(directory: directory ?? options.guidancePath, environment: environment)
                GuidanceCheck.write(report, json: json, to: out)
                return report.errorCount > 0 ? 1 : 0
            } catch {
                out.writeError("\(error)\n")
                return 2
            }
        }
        // A configuration file that is there but wrong is reported before anything
        // else, as a broken guidance folder is: settings are never half-applied.
        // `doctor` reports it instead, with everything else.
        let doctor = options.oneShot.first == "doctor"
        var configuration = AstpmConfig(path: ConfigFile.path(environment: environment))
        var configurationError: String?
        do {
            configuration = try ConfigFile.load(path: ConfigFile.path(environment: environment), home: environment["HOME"])
        } catch {
            guard doctor else {
                out.writeError("astpm: \(error)\n")
                return 1
            }
            configurationError = "\(error)"
        }
        let interactive = options.oneShot.isEmpty && Terminal.isInteractive
        let guidance: () -> GuidanceSet
        let reference: String
        let advisorCache: () -> AdvisorCache?
        if interactive, options.guidancePath == nil, environment["ASTPM_GUIDANCE"] == nil,
           let builtIn = GuidanceLoader.builtInDirectory, let outline = GuidanceLoader.outline(directory: builtIn) {
            // The built-in guidance (checked by the tests) loads while the prompt is shown.
            let pending = BackgroundGuidance { try GuidanceSource.load(option: nil, environment: environment) }
            guidance = { exitOnFailure(pending.wait()) }
            reference = outline.reference
            advisorCache = { AdvisorCache(environment: environment, guidance: builtIn, displayRoot: "Guidance") }
        } else {
            // A folder of the user's is checked before anything else, so its problems show at once.
            do {
                guard let (folder, shown) = GuidanceSource.folder(option: options.guidancePath, environment: environment) else {
                    throw GuidanceSource.missingBuiltIn
                }
                let cache = AdvisorCache(environment: environment, guidance: folder, displayRoot: shown)
                advisorCache = { cache }
                let builtIn = options.guidancePath == nil && environment["ASTPM_GUIDANCE"] == nil
                if doctor || builtIn || cache?.hasImage == true, let outline = GuidanceLoader.outline(directory: folder) {
                    // These very files passed their checks when the cached advisor
                    // was made from them (or they are the built-in ones, which the
                    // tests check), so they are parsed only if a command needs
                    // more than the advisor (a one-shot `ask` does not, nor a piped
                    // script of record commands). `doctor` checks them itself and
                    // reports what is wrong, so it never waits for them.
                    guidance = { exitOnFailure(Result { try GuidanceSource.load(option: options.guidancePath, environment: environment) }) }
                    reference = outline.reference
                } else {
                    let loaded = try GuidanceSource.load(option: options.guidancePath, environment: environment)
                    guidance = { loaded }
                    reference = loaded.outline.reference
                }
            } catch {
                out.writeError("astpm: \(error)\n")
                return 1
            }
        }
        // Output wraps to the terminal when it goes to one (`show` follows it
        // exactly; one-shot commands at a terminal too); into a file or pipe
        // lines are left whole.
        let conventions = OutputConventions.decide(
            stdoutIsTTY: Terminal.isTTY(STDOUT_FILENO), interactive: interactive, oneShot: !options.oneShot.isEmpty,
            environment: environment, noColorFlag: options.noColor, noPagerFlag: options.noPager, terminalWidth: Terminal.width)
        let oneShot = !options.oneShot.isEmpty
        let paged = conventions.pager.flatMap { command in
            oneShot ? PagedOutput(out, rows: Terminal.heightOfStandardOutput ?? 24, startPager: { PagerProcess.start(command) }) : nil
        }
        // At the prompt the pager is put in front of the terminal only for the
        // length of a command that just prints (`REPLSession.startPaging`).
        let routed = SwitchableOutput(out)
        let style = conventions.style
        let root = StoreFactory.root(path: options.storePath, environment: environment, configured: configuration.store)
        let context = REPLContext(guidance: guidance, reference: reference, openStore: { try StoreFactory.open(root, notice: { _ = StandardOutput.writeAll($0, to: STDERR_FILENO) }) }, output: paged ?? routed, style: style,
                                  storeDescription: StoreFactory.display(root.path, home: environment["HOME"]))
        context.configuration = configuration
        context.doctorSetup = DoctorSetup(storeRoot: root, environment: environment, guidanceOption: options.guidancePath,
                                          configurationError: configurationError, inputIsTerminal: Terminal.isTTY(STDIN_FILENO))
        if interactive { context.measureWidth = { Terminal.width } }
        context.outputIsTerminal = Terminal.isTTY(STDOUT_FILENO)
        if conventions.cursorCodes {
            // Home and erase: written straight to the terminal, past the filter
            // that makes control characters from files visible.
            context.clearScreen = { _ = StandardOutput.writeAll("\u{1B}[H\u{1B}[2J", to: STDOUT_FILENO) }
        }
        context.rescueFolder = RescueFile.folder(environment: environment, otherwise: root.path)
        Services.registerAll(in: context, advisorCache: advisorCache)
        let session = REPLSession(context: context, echo: options.echo)
        session.bail = options.bail
        if interactive, let command = conventions.pager {
            session.startPaging = {
                let pager = PagedOutput(out, rows: Terminal.heightOfStandardOutput ?? 24, startPager: { PagerProcess.start(command, exitWhenLeftEarly: false) })
                routed.target = pager
                return {
                    pager.finish()
                    routed.target = out
                }
            }
        }
        if !options.oneShot.isEmpty {
            context.standardInput = { Swift.readLine(strippingNewline: true) }
            if Terminal.isTTY(STDIN_FILENO) {
                // `astpm discard NAME` typed at a terminal asks first, as the REPL does.
                context.askLine = { prompt in
                    paged?.flush()
                    out.write(prompt)
                    return Swift.readLine(strippingNewline: true)
                }
            }
            // The words go through as the shell split them, never rejoined.
            let status = session.runCommandLine(options.oneShot)
            paged?.finish()
            return status
        }
        if let unavailable = context.store as? UnavailableRecordStore {
            out.writeError("astpm: \(unavailable.reason)\nQuestions still work, but records cannot be saved in this session.\n")
        }
        let reader = makeLineReader(historyPath: HistoryFile.defaultPath(environment: environment))
        return session.run(reader: reader)
    }
}

/// The guidance a lazy load produced; a failure ends the process, as it would
/// have at start-up (status 1).
private func exitOnFailure(_ result: Result<GuidanceSet, Error>) -> GuidanceSet {
    switch result {
    case .success(let g): return g
    case .failure(let error):
        _ = StandardOutput.writeAll("astpm: \(error)\n", to: STDERR_FILENO)
        exit(1)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the terminal back as it was when the process dies from a signal while the
/// editor may hold it in raw mode or with bracketed paste on: termination signals
/// (TERM, HUP, QUIT) and crash signals (SEGV, BUS, ILL, FPE, ABRT, TRAP, SYS).
/// The handler restores the saved settings, then hands the signal to whatever
/// handler was there before (the default, or Swift's backtracer), so the process
/// still dies with the same signal.
enum TerminalGuard {
    /// Saves the terminal settings of `ttyFD` and installs the handlers. Once per process.
    static func install(ttyFD: Int32, outputFD: Int32) {
        guard !GuardState.installed else { return }
        GuardState.installed = true
        GuardState.ttyFD = ttyFD
        GuardState.outputFD = outputFD
        GuardState.hasSaved = tcgetattr(ttyFD, GuardState.saved) == 0
        installAlternateStack()
        for signal in GuardState.signals {
            var action = sigaction()
            #if os(Linux)
            action.__sigaction_handler.sa_handler = restoreAndReraise
            #else
            action.__sigaction_u.__sa_handler = restoreAndReraise
            #endif
            action.sa_flags = Int32(SA_ONSTACK)
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, GuardState.previous + Int(signal))
        }
    }

    /// Turns bracketed paste on or off on the editor's output terminal, and
    /// remembers it so a dying process can turn it off.
    static func setBracketedPaste(_ on: Bool) {
        guard GuardState.installed, GuardState.pasteAllowed else { return }
        let sequence: StaticString = on ? "\u{1B}[?2004h" : "\u{1B}[?2004l"
        _ = write(GuardState.outputFD, sequence.utf8Start, sequence.utf8CodeUnitCount)
        GuardState.pasteOn = on
    }

    /// Whether bracketed paste may be used at all (not on TERM=dumb).
    static func allowBracketedPaste(_ allowed: Bool) { GuardState.pasteAllowed = allowed }

    /// A stack for the handlers, so a stack overflow can still restore the terminal.
    private static func installAlternateStack() {
        var current = stack_t()
        guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
        let size = 64 * 1024
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
    }
}

/// State read by the signal handler; written only before the handlers are installed
/// (and `pasteOn` from the thread that reads lines).
private enum GuardState {
    static let signals: [Int32] = [SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS]
    nonisolated(unsafe) static var installed = false
    nonisolated(unsafe) static var pasteAllowed = true
    nonisolated(unsafe) static var pasteOn = false
    nonisolated(unsafe) static var hasSaved = false
    nonisolated(unsafe) static var ttyFD: Int32 = 0
    nonisolated(unsafe) static var outputFD: Int32 = 2
    nonisolated(unsafe) static let saved: UnsafeMutablePointer<termios> = {
        let pointer = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        pointer.initialize(to: termios())
        return pointer
    }()
    nonisolated(unsafe) static let previous: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        pointer.initialize(repeating: sigaction(), count: 65)
        return pointer
    }()
}

/// The signal handler: only async-signal-safe calls.
private func restoreAndReraise(_ signal: Int32) {
    if GuardState.pasteOn {
        let off: StaticString = "\u{1B}[?2004l"
        _ = write(GuardState.outputFD, off.utf8Start, off.utf8CodeUnitCount)
    }
    if GuardState.hasSaved { _ = tcsetattr(GuardState.ttyFD, TCSANOW, GuardState.saved) }
    _ = sigaction(signal, GuardState.previous + Int(signal), nil)
    _ = raise(signal)
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts the pager (`/bin/sh -c COMMAND`) with a pipe for its input and the
/// terminal for its output. While it runs astpm ignores Ctrl-C (the pager
/// handles it) and waits for it to end before exiting, so the shell's prompt
/// never comes back under a pager still drawing.
enum PagerProcess {
    /// - Parameter exitWhenLeftEarly: a one-shot command stops quietly when the
    ///   person leaves the pager before the end (nothing is left to do); at the
    ///   prompt the rest of the output is dropped and the session goes on.
    static func start(_ command: String, exitWhenLeftEarly: Bool = true) -> PagedOutput.Pager? {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        // astpm ignores SIGPIPE (and, while paging, SIGINT); the pager gets the usual ones.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = ["/bin/sh", "-c", command].map { (word: String) in strdup(word) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ)
        close(readEnd)
        guard status == 0 else { close(writeEnd); return nil }
        // Ctrl-C and Ctrl-\ are the pager's while it runs; astpm's own
        // handling of them comes back when it ends (the prompt needs it).
        var ignore = sigaction()
        #if canImport(Glibc)
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        #else
        ignore.__sigaction_u.__sa_handler = SIG_IGN
        #endif
        var interruptBefore = sigaction()
        var quitBefore = sigaction()
        sigaction(SIGINT, &ignore, &interruptBefore)
        sigaction(SIGQUIT, &ignore, &quitBefore)
        var waited = false
        let finish = {
            guard !waited else { return }
            waited = true
            close(writeEnd)
            var code: Int32 = 0
            while waitpid(pid, &code, 0) < 0 && errno == EINTR {}
            sigaction(SIGINT, &interruptBefore, nil)
            sigaction(SIGQUIT, &quitBefore, nil)
        }
        // The person leaving the pager early closes the pipe: astpm stops
        // quietly (status 0), as it does for `astpm records | head -1`.
        let input = StandardOutput(outputFD: writeEnd, errorFD: STDERR_FILENO) { failure in
            finish()
            if exitWhenLeftEarly || failure != .closedPipe { exit(failure.status) }
        }
        return PagedOutput.Pager(input: input, finish: finish)
    }
}

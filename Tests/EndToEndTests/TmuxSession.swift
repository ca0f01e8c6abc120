import Foundation
import XCTest

/// One program running in its own private tmux server, driven like a person at a
/// terminal: type text, press keys, read the screen. Nothing here sleeps for a
/// fixed time; every wait polls the screen until a condition holds or a deadline
/// passes, and a timeout reports the screen.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let directory: URL
    let home: URL
    let stateHome: URL
    private let tmux: String
    private let socket: String
    private let statusFile: URL
    private let target = "e2e"
    private var serverStarted = false

    /// tmux on PATH, or nil.
    static func findTmux() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
            let candidate = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Creates the temporary folders (HOME, XDG dirs, socket, config) for one session.
    init(tmux: String) throws {
        self.tmux = tmux
        // Short path: tmux's socket path must fit in a sockaddr_un.
        var template = Array("/tmp/astpm-e2e-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw Failure(description: "cannot create a temporary folder")
        }
        directory = URL(fileURLWithPath: String(cString: made))
        home = directory.appendingPathComponent("home")
        stateHome = directory.appendingPathComponent("state")
        for sub in ["home", "state", "data", "config", "cache"] {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        socket = directory.appendingPathComponent("tmux.sock").path
        statusFile = directory.appendingPathComponent("status")
        let config = "set -g remain-on-exit on\nset -sg escape-time 0\nset -g status off\nset -g history-limit 5000\n"
        try config.write(to: directory.appendingPathComponent("tmux.conf"), atomically: false, encoding: .utf8)
    }

    /// Starts `program` in a 100x30 pane with a clean environment; its exit status
    /// is written to a file by the wrapping shell. `terminal` sets the program's
    /// TERM (else it is tmux's own).
    func start(_ program: String, arguments: [String] = [], terminal: String? = nil, rows: Int = 30) throws {
        let command = (terminal.map { ["env", "TERM=\($0)"] } ?? []) + [program] + arguments
        let line = command.map(Self.shellQuote).joined(separator: " ")
            + "; echo $? > " + Self.shellQuote(statusFile.path)
        var environment: [String: String] = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": home.path,
            "XDG_STATE_HOME": stateHome.path,
            "XDG_DATA_HOME": directory.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": directory.appendingPathComponent("config").path,
            "XDG_CACHE_HOME": directory.appendingPathComponent("cache").path,
            "LANG": "C.UTF-8",
            "SHELL": "/bin/sh",
            "SWIFT_BACKTRACE": "enable=no",
            // Long output at the prompt would wait in `less`; the pager's own tests set ASTPM_PAGER.
            "PAGER": "cat",
        ]
        environment["TERM"] = "xterm-256color"
        _ = try run(["-f", directory.appendingPathComponent("tmux.conf").path,
                     "new-session", "-d", "-x", "100", "-y", String(rows), "-s", target, line],
                    environment: environment)
        serverStarted = true
    }

    /// Types text literally (no key names).
    func type(_ text: String) throws { _ = try run(["send-keys", "-t", target, "-l", "--", text]) }

    /// Presses named keys, e.g. "Tab", "Up", "Enter", "C-c", "C-d".
    func press(_ keys: String...) throws { _ = try run(["send-keys", "-t", target] + keys) }

    /// Pastes text the way a terminal does, in bracketed-paste mode when the program asked for it.
    func paste(_ text: String) throws {
        _ = try run(["set-buffer", "-b", "e2e", "--", text])
        _ = try run(["paste-buffer", "-p", "-d", "-b", "e2e", "-t", target])
    }

    /// The visible screen, one string a row, trailing spaces removed.
    func screen() throws -> [String] {
        try run(["capture-pane", "-p", "-t", target]).components(separatedBy: "\n").map(Self.trimTrailing)
    }

    /// Everything printed so far, scrollback included, wrapped rows joined.
    func transcript() throws -> [String] {
        try run(["capture-pane", "-p", "-J", "-S", "-", "-t", target]).components(separatedBy: "\n").map(Self.trimTrailing)
    }

    /// The cursor's column and row.
    func cursor() throws -> (x: Int, y: Int) {
        let parts = try run(["display-message", "-p", "-t", target, "#{cursor_x} #{cursor_y}"])
            .split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard parts.count == 2 else { throw Failure(description: "cannot read the cursor position") }
        return (parts[0], parts[1])
    }

    /// The text of the row the cursor is on.
    func cursorLine() throws -> String {
        let rows = try screen()
        let y = try cursor().y
        return y < rows.count ? rows[y] : ""
    }

    /// True while the program is still running.
    func isAlive() throws -> Bool {
        try run(["display-message", "-p", "-t", target, "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "0"
    }

    /// Polls until `condition` holds; on timeout fails with `what` and the screen.
    func waitUntil(_ what: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line,
                   _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return }
            usleep(10_000)
        }
        if try condition() { return }
        let shown = (try? screen().joined(separator: "\n")) ?? "(screen unavailable)"
        throw Failure(description: "timed out after \(timeout) s waiting for \(what); the screen was:\n\(shown)")
    }

    /// Waits until the cursor sits at the end of `prompt + typed` on its own row.
    func waitForPrompt(_ prompt: String, typed: String = "", timeout: TimeInterval = 15) throws {
        let expected = Self.trimTrailing(prompt + typed)
        let column = (prompt + typed).count
        try waitUntil("the prompt '\(prompt + typed)' with the cursor after it", timeout: timeout) {
            let (x, _) = try cursor()
            let current = try cursorLine()
            return x == column && current == expected
        }
    }

    /// The program's exit status, once the wrapper has written it.
    func exitStatus(timeout: TimeInterval = 15) throws -> Int32 {
        var text = ""
        try waitUntil("the program to exit", timeout: timeout) {
            text = (try? String(contentsOf: statusFile, encoding: .utf8)) ?? ""
            return text.hasSuffix("\n")
        }
        guard let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure(description: "unreadable exit status '\(text)'")
        }
        return status
    }

    /// Stops the tmux server and removes every temporary file.
    func close() {
        if serverStarted { _ = try? run(["kill-server"]) }
        serverStarted = false
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs one tmux command and returns its output. It uses posix_spawn, not
    /// Foundation's Process: Process learns that a child ended when a socket the
    /// child inherited closes, and the tmux server that `new-session` forks keeps
    /// that socket open, so Process would wait until the server died. Output goes
    /// through files for the same reason.
    @discardableResult
    private func run(_ arguments: [String], environment: [String: String]? = nil) throws -> String {
        let outPath = directory.appendingPathComponent("tmux.out").path
        let errPath = directory.appendingPathComponent("tmux.err").path
        let argv = [tmux, "-S", socket] + arguments
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let status = try Self.spawnAndWait(argv, environment: env, stdout: outPath, stderr: errPath)
        guard status == 0 else {
            let errors = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(errors)")
        }
        var text = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Starts argv[0] with stdin from /dev/null and stdout/stderr to files; returns its exit status.
    private static func spawnAndWait(_ argv: [String], environment: [String], stdout: String, stderr: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = environment.map { strdup($0) } + [nil]
        defer { (cArgs + cEnv).forEach { free($0) } }
        var pid = pid_t()
        let rc = posix_spawn(&pid, argv[0], &actions, nil, cArgs, cEnv)
        guard rc == 0 else { throw Failure(description: "cannot start \(argv[0]): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(description: "waitpid failed: \(String(cString: strerror(errno)))") }
        }
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    static func shellQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func trimTrailing(_ text: String) -> String {
        var text = Substring(text)
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}

import Foundation
import Records

/// What one `git` command gave back.
public struct GitResult: Sendable {
    public var status: Int32
    public var output: [UInt8]
    public var errorOutput: String
    public var text: String { String(decoding: output, as: UTF8.self) }
    /// Standard error's first line that says something (for messages).
    public var reason: String {
        let lines = errorOutput.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.first(where: { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") || $0.hasPrefix("ERROR") }) ?? lines.first ?? "exit status \(status)"
    }
}

/// Runs the `git` command: the one way the store talks to git, so tests can
/// watch or interfere with it (a push race) and nothing else needs git.
public protocol GitRunner: Sendable {
    /// Runs `git ARGUMENTS` in `folder` with `input` on its standard input and
    /// waits for it; throws only when git could not be started
    /// (`SharingError.gitMissing`). A git that fails gives its status and
    /// standard error in the result.
    func run(_ arguments: [String], in folder: String, input: [UInt8]) throws -> GitResult
}

extension GitRunner {
    /// Runs git with nothing on its standard input.
    public func run(_ arguments: [String], in folder: String) throws -> GitResult {
        try run(arguments, in: folder, input: [])
    }
}

/// `git` started through Foundation's `Process`: no shell, the arguments as
/// an array, found on `PATH`. It never prompts on the terminal for a password
/// (`GIT_TERMINAL_PROMPT=0`): credentials come from git's own helpers and SSH.
public struct ProcessGitRunner: GitRunner {
    /// Variables set for git on top of this process's environment (tests set
    /// `HOME` and `GIT_CONFIG_NOSYSTEM` so the machine's config does not matter).
    public var environment: [String: String]

    public init(environment: [String: String] = [:]) {
        self.environment = environment
    }

    /// The `git` executable on `PATH`, if any.
    public static func executable(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        for folder in (path ?? "/usr/bin:/bin").split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public func run(_ arguments: [String], in folder: String, input: [UInt8]) throws -> GitResult {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        guard let git = Self.executable(path: env["PATH"]) else { throw SharingError.gitMissing("no 'git' on PATH") }
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["LC_ALL"] = "C"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = env
        let out = Pipe(), err = Pipe()
        let feed = input.isEmpty ? nil : Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = feed ?? FileHandle.nullDevice
        do { try process.run() } catch { throw SharingError.gitMissing("\(git): \(error.localizedDescription)") }
        // The pipes are fed and drained at once so that no large input or output stalls git.
        let collected = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            collected.setError(err.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        if let feed {
            group.enter()
            let bytes = Data(input)
            DispatchQueue.global().async {
                try? feed.fileHandleForWriting.write(contentsOf: bytes)
                try? feed.fileHandleForWriting.close()
                group.leave()
            }
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return GitResult(status: process.terminationStatus, output: [UInt8](output),
                         errorOutput: String(decoding: collected.error, as: UTF8.self))
    }

    /// Standard error as read on another thread.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func setError(_ d: Data) { lock.lock(); data = d; lock.unlock() }
        var error: Data { lock.lock(); defer { lock.unlock() }; return data }
    }
}

import Foundation
import XCTest

/// Running a program as `nobody`, for checks that root would pass because it
/// ignores permissions. The test binary may sit in a folder `nobody` cannot
/// enter (a checkout in root's 0700 home), so it is copied somewhere
/// world-readable first; when even that is not possible the test is skipped
/// with the reason.
enum NonRootRunner {
    static let runuser = "/usr/sbin/runuser"

    /// True when `nobody` can execute `path`: every folder above it is
    /// searchable by others and the file is executable (checked as `nobody`).
    static func nobodyCanExecute(_ path: String) -> Bool {
        run(runuser, ["-u", "nobody", "--", "test", "-x", path]) == 0
    }

    /// Skips unless this machine can run programs as `nobody`.
    static func requireRunuser() throws {
        guard FileManager.default.isExecutableFile(atPath: runuser) else {
            throw XCTSkip("running as root, this check needs \(runuser) (util-linux) to run as 'nobody', and it is missing")
        }
        guard getpwnam("nobody") != nil else {
            throw XCTSkip("running as root, this check runs as the user 'nobody', and this machine has no such user")
        }
    }

    /// The test binary, or a copy of it that `nobody` can execute.
    static func reachableCopyOfTestBinary(_ test: XCTestCase) throws -> String {
        try requireRunuser()
        return try reachableCopy(of: URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path, test)
    }

    /// `path` itself when `nobody` can execute it, else a copy (mode 0755) in a
    /// fresh temporary folder (mode 0755) that `nobody` can execute.
    static func reachableCopy(of path: String, _ test: XCTestCase) throws -> String {
        if nobodyCanExecute(path) { return path }
        let folder = makeTemporaryFolder(test)
        chmod(folder.path, 0o755)
        let copy = folder.appendingPathComponent((path as NSString).lastPathComponent).path
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        chmod(copy, 0o755)
        guard nobodyCanExecute(copy) else {
            throw XCTSkip("'nobody' cannot execute \(path) (a folder above it is private) nor a copy in \(folder.path) (the temporary folder is not reachable by others; set TMPDIR to a world-readable folder)")
        }
        return copy
    }

    @discardableResult
    static func run(_ tool: String, _ args: [String]) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        p.currentDirectoryURL = URL(fileURLWithPath: "/")
        guard (try? p.run()) != nil else { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }
}

/// The copying itself, so a private checkout folder cannot break the
/// unwritable-folder check again.
final class NonRootRunnerTests: XCTestCase {
    func testAProgramInAPrivateFolderIsCopiedWhereNobodyCanRunIt() throws {
        guard getuid() == 0 else { throw XCTSkip("only root can run programs as 'nobody'; as another user the checks run directly") }
        try NonRootRunner.requireRunuser()
        let parent = makeTemporaryFolder(self)
        chmod(parent.path, 0o755)
        let hidden = parent.appendingPathComponent("private")
        try FileManager.default.createDirectory(at: hidden, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let program = hidden.appendingPathComponent("true").path
        try FileManager.default.copyItem(atPath: "/bin/true", toPath: program)
        chmod(program, 0o755)
        XCTAssertFalse(NonRootRunner.nobodyCanExecute(program), "nobody reached a file in a 0700 folder")
        let copy = try NonRootRunner.reachableCopy(of: program, self)
        XCTAssertNotEqual(copy, program)
        XCTAssertTrue(NonRootRunner.nobodyCanExecute(copy))
        XCTAssertEqual(NonRootRunner.run(NonRootRunner.runuser, ["-u", "nobody", "--", copy]), 0)
    }
}

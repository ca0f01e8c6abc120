import Foundation
import Store

/// Files a command writes for the user (`export -o`, `report -o`, `due --ics`):
/// created with mode 0600 (they hold personal data), written durably, and
/// never over an existing file unless `--force` was given.
enum OutputFile {
    /// Writes `bytes` to `path` (`~/` expanded); returns the path written.
    static func write(_ bytes: [UInt8], to path: String, force: Bool) throws -> String {
        let path = expand(path)
        if FileManager.default.fileExists(atPath: path), !force {
            throw UserError("\(path) already exists; nothing was written. Choose another name, or add --force to replace it.")
        }
        do {
            try DurableWriter(fileSystem: PosixFileSystem()).write(bytes, to: path)
        } catch let e as SystemCallError {
            throw UserError("Could not write \(path): \(e.cause). Nothing was written; choose another place.")
        }
        return path
    }

    /// `~/x` → `$HOME/x`; relative paths stay relative to the current folder.
    static func expand(_ path: String) -> String {
        if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] { return home + path.dropFirst(1) }
        return path
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Saves whole files atomically and durably: write a temporary file in the same
/// folder (O_EXCL, 0600), write it fully (retrying short writes and EINTR),
/// fsync it, rename it over the target, fsync the folder. On any failure the
/// temporary file is dropped, the old file stays, and the error is thrown; an
/// fsync is never retried (after a failed fsync the kernel may have dropped the
/// dirty pages, so a retry could "succeed" without the data).
/// The file was written and renamed into place, but its folder could not be
/// fsynced: the new contents are there now, but may not survive a power cut.
public struct FolderNotFlushed: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var cause: String
    public var description: String {
        "\(path) was saved, but its folder could not be flushed to disk (\(cause)), so the change may not survive a power cut; check the disk and save again to be sure"
    }
}

public struct DurableWriter {
    public let fileSystem: FileSystem
    /// Makes the random part of temporary names.
    var randomSuffix: () -> String

    public init(fileSystem: FileSystem) {
        self.fileSystem = fileSystem
        self.randomSuffix = { String(UInt64.random(in: 0...UInt64.max), radix: 16) }
    }

    /// Marker in temporary file names, so a sweep can find leftovers.
    public static let tempMarker = ".tmp-"

    /// True for names the writer uses for temporary files.
    public static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(tempMarker)
    }

    /// Writes `bytes` to `path` (replacing any file there). With `durable`
    /// false nothing is fsynced: the replacement is still atomic (a reader
    /// sees the old file or the new one, whole), but after a power cut either
    /// may be there, or a damaged file. For derived data only (the index).
    public func write(_ bytes: [UInt8], to path: String, durable: Bool = true) throws {
        let (folder, name) = DurableWriter.split(path)
        let temp = folder + "/." + name + DurableWriter.tempMarker + randomSuffix()
        let fd = try fileSystem.open(temp, flags: O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode: 0o600)
        do {
            try writeAll(fd, bytes, path: temp)
            if durable { try fileSystem.fsync(fd, path: temp) }
        } catch {
            try? fileSystem.close(fd, path: temp)
            try? fileSystem.unlink(temp)
            throw error
        }
        do {
            try fileSystem.close(fd, path: temp)
            try fileSystem.rename(temp, path)
        } catch {
            try? fileSystem.unlink(temp)
            throw error
        }
        guard durable else { return }
        do {
            try syncFolder(folder)
        } catch let e as SystemCallError {
            // The new file is already in place: say so, rather than "not saved".
            throw FolderNotFlushed(path: path, cause: e.cause)
        }
    }

    /// Writes `bytes` to a new file at `path`, created with O_EXCL (mode 0600)
    /// so that nothing already there is ever replaced: an existing name throws
    /// `SystemCallError` with `EEXIST`. The file is fsynced, then its folder. On
    /// a failure after creating it the partial file is removed.
    public func writeNew(_ bytes: [UInt8], to path: String) throws {
        let fd = try fileSystem.open(path, flags: O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode: 0o600)
        do {
            try writeAll(fd, bytes, path: path)
            try fileSystem.fsync(fd, path: path)
        } catch {
            try? fileSystem.close(fd, path: path)
            try? fileSystem.unlink(path)
            throw error
        }
        do {
            try fileSystem.close(fd, path: path)
        } catch {
            try? fileSystem.unlink(path)
            throw error
        }
        do {
            try syncFolder(DurableWriter.split(path).folder)
        } catch let e as SystemCallError {
            throw FolderNotFlushed(path: path, cause: e.cause)
        }
    }

    /// fsyncs a folder so a rename or a new entry in it survives power loss.
    public func syncFolder(_ folder: String) throws {
        let dfd = try fileSystem.open(folder, flags: O_RDONLY | O_DIRECTORY, mode: 0)
        do {
            try fileSystem.fsync(dfd, path: folder)
        } catch {
            try? fileSystem.close(dfd, path: folder)
            throw error
        }
        try fileSystem.close(dfd, path: folder)
    }

    /// Creates a folder with mode 0700 and makes the new entry durable.
    public func makeFolder(_ path: String) throws {
        try fileSystem.mkdir(path, mode: 0o700)
        try syncFolder(DurableWriter.split(path).folder)
    }

    func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        try bytes.withUnsafeBytes { all in
            var offset = 0
            while offset < all.count {
                do {
                    let n = try fileSystem.write(fd, UnsafeRawBufferPointer(rebasing: all[offset...]), path: path)
                    if n <= 0 { throw SystemCallError("write", path: path, code: EIO) }
                    offset += n
                } catch let e as SystemCallError where e.code == EINTR {
                    continue
                }
            }
        }
    }

    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }
}

extension FileRecordStore {
    /// Removes temporary files a crashed save left behind. Runs under the lock,
    /// so it never removes the temporary file of a save in progress. A store
    /// that cannot be locked or written (read-only) is left alone.
    func sweepTemporaryFiles() {
        _ = try? lock.withLock {
            var folders = [layout.root, layout.sessionsFolder]
            for f in (try? fileSystem.list(layout.root)) ?? [] where !f.hasPrefix(".") {
                folders.append(layout.folderPath(f))
                folders.append(layout.historyFolder(f))
            }
            // A linked folder is not the store's: nothing is removed through it.
            for folder in folders where fileSystem.kind(folder) == .directory && !fileSystem.isSymbolicLink(folder) {
                for name in (try? fileSystem.list(folder)) ?? [] where DurableWriter.isTemporary(name) {
                    try? fileSystem.unlink(folder + "/" + name)
                }
            }
        }
    }
}

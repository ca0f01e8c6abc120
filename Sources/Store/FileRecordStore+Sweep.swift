extension FileRecordStore {
    /// Removes temporary files a killed astpm left behind, as the store opens:
    /// in the store folder, in `.sessions`, and in the AST folders (and their
    /// `.history`) that the lock's journal names, so opening never walks the
    /// whole store. Runs only when the lock is free at once: a store another
    /// astpm is saving to (whose temporary file is no leftover) or one that
    /// cannot be locked (read-only) is left alone.
    func sweepTemporaryFiles() {
        _ = try? lock.tryLock { held in
            let named = held.journal().filter(IndexFileFormat.isPlainName)
            var folders = [layout.root, layout.sessionsFolder]
            for folder in named { folders += [layout.folderPath(folder), layout.historyFolder(folder)] }
            removeTemporaryFiles(in: folders)
            if !named.isEmpty { held.clear() }
        }
    }

    /// Removes the temporary files in `folders`. Call it holding the lock:
    /// every save writes its temporary file under the lock, so any found then
    /// is a leftover. A linked folder is not the store's: nothing is removed through it.
    func removeTemporaryFiles(in folders: [String]) {
        for folder in folders where fileSystem.kind(folder) == .directory && !fileSystem.isSymbolicLink(folder) {
            for name in (try? fileSystem.list(folder)) ?? [] where DurableWriter.isTemporary(name) {
                try? fileSystem.unlink(folder + "/" + name)
            }
        }
    }
}

/// The reader for this process: `EditLineReader` when a person is at a terminal
/// (stdin a TTY, and stdout or stderr one), otherwise `PlainLineReader` on stdin.
///
/// `historyPath` is the persistent history file; pass
/// `HistoryFile.defaultPath(environment:)` for the usual place, or nil to keep
/// history in memory only. Plain input never keeps history.
public func makeLineReader(historyPath: String?) -> LineReader {
    if Terminal.isInteractive, let reader = EditLineReader(historyPath: historyPath) {
        return reader
    }
    return PlainLineReader()
}

/// `makeLineReader` with the default history file,
/// `$XDG_STATE_HOME/astpm/history` or `~/.local/state/astpm/history`.
public func makeLineReader() -> LineReader {
    makeLineReader(historyPath: HistoryFile.defaultPath(environment: Terminal.environment()))
}

/// The XDG base directories astpm keeps its files in, each holding an `astpm`
/// folder: one rule for all of them, so settings, records, history, rescued
/// records and the advisor cache are found the same way. A variable counts only
/// when set to an absolute path (the XDG rule); otherwise the usual folder
/// under `$HOME`. With neither there is no such folder: callers decide what to
/// do, and never fall back to a shared place such as `/tmp` for personal data.
public enum XDGDirectory: Sendable, CaseIterable {
    /// Settings: `$XDG_CONFIG_HOME/astpm`, else `~/.config/astpm`.
    case config
    /// Records: `$XDG_DATA_HOME/astpm`, else `~/.local/share/astpm`.
    case data
    /// History and rescued records: `$XDG_STATE_HOME/astpm`, else `~/.local/state/astpm`.
    case state
    /// The advisor cache: `$XDG_CACHE_HOME/astpm`, else `~/.cache/astpm`.
    case cache

    /// The environment variable that names the base directory.
    public var variable: String {
        switch self {
        case .config: "XDG_CONFIG_HOME"
        case .data: "XDG_DATA_HOME"
        case .state: "XDG_STATE_HOME"
        case .cache: "XDG_CACHE_HOME"
        }
    }

    /// The base directory's place under `$HOME` when the variable is not set.
    public var underHome: String {
        switch self {
        case .config: ".config"
        case .data: ".local/share"
        case .state: ".local/state"
        case .cache: ".cache"
        }
    }

    /// astpm's folder in this base directory, without a trailing slash; nil
    /// when neither the variable (absolute) nor `HOME` (absolute) is set.
    public func astpmFolder(environment: [String: String]) -> String? {
        if let base = environment[variable], base.hasPrefix("/") { return XDGDirectory.join(base, "astpm") }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return XDGDirectory.join(XDGDirectory.join(home, underHome), "astpm")
    }

    /// `base/name` with exactly one slash between them.
    static func join(_ base: String, _ name: String) -> String {
        var trimmed = Substring(base)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return trimmed == "/" ? "/" + name : trimmed + "/" + name
    }
}

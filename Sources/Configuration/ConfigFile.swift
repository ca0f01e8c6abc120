import Foundation
import XDGPaths

/// Where the configuration file is and reading it: `ASTPM_CONFIG`, else
/// `$XDG_CONFIG_HOME/astpm/config`, else `~/.config/astpm/config`. A missing
/// file means no settings; anything but a small regular UTF-8 file is refused
/// (a named pipe is never opened, so nothing waits on it).
public enum ConfigFile {
    /// The largest file read: settings are a few lines.
    public static let maxBytes = 64 * 1024

    public static func path(environment: [String: String]) -> String {
        if let explicit = environment["ASTPM_CONFIG"], !explicit.isEmpty { return explicit }
        let folder = XDGDirectory.config.astpmFolder(environment: environment) ?? NSHomeDirectory() + "/.config/astpm"
        return folder + "/config"
    }

    /// The settings at `path`; none (and `found` false) when no file is there.
    public static func load(path: String, home: String?) throws(ConfigError) -> AstpmConfig {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return AstpmConfig(path: path) }
            throw ConfigError(path: path, message: "cannot be read: \(String(cString: strerror(errno)))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw ConfigError(path: path, message: "is not a regular file (a folder, pipe or device); the configuration must be a text file")
        }
        guard info.st_size <= maxBytes else {
            throw ConfigError(path: path, message: "is \(info.st_size) bytes; a configuration file holds a few lines (at most \(maxBytes) bytes)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(path: path, message: "cannot be read (check its permissions)")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ConfigError(path: path, message: "is not UTF-8 text")
        }
        return try ConfigParser.parse(text, path: path, home: home)
    }
}

import SafeYAML

/// Reads the configuration file's text: a YAML map of settings, each plain
/// text, read with `SafeYAML` (no anchors, tags or other documents), e.g.
///
///     school: Elmfield High School
///     lea: Westshire LEA
///     line-manager: Femi Adeyemi
///     store: ~/pm-records
public enum ConfigParser {
    /// - Parameters:
    ///   - path: names the file in messages.
    ///   - home: expands `~/` in `store`.
    public static func parse(_ text: String, path: String, home: String?) throws(ConfigError) -> AstpmConfig {
        let root: SafeNode
        do {
            root = try SafeYAML.parse(text, kind: "configuration files")
        } catch let p as LocatedProblem {
            throw ConfigError(path: path, line: p.mark.line, column: p.mark.column, message: p.message)
        } catch {
            throw ConfigError(path: path, message: "\(error)")
        }
        var config = AstpmConfig(path: path, found: true)
        guard case .mapping(let pairs, _) = root else {
            throw ConfigError(path: path, line: root.mark.line, column: root.mark.column,
                              message: "expected settings as 'name: value' lines (\(AstpmConfig.keys.joined(separator: ", "))), found \(root.kindName)")
        }
        for pair in pairs {
            let key = pair.key.replacingUnderscores()
            guard AstpmConfig.keys.contains(key) else {
                throw ConfigError(path: path, line: pair.keyMark.line, column: pair.keyMark.column,
                                  message: "unknown setting '\(pair.key)'; the settings are \(AstpmConfig.keys.joined(separator: ", "))")
            }
            guard case .scalar(let raw, _) = pair.value else {
                throw ConfigError(path: path, line: pair.value.mark.line, column: pair.value.mark.column,
                                  message: "'\(pair.key)' should be text, not \(pair.value.kindName)")
            }
            let value = raw.trimmedWhitespace()
            if value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                throw ConfigError(path: path, line: pair.value.mark.line, column: pair.value.mark.column,
                                  message: "'\(pair.key)' should be one line of text without control characters")
            }
            let set: String? = value.isEmpty ? nil : value
            switch key {
            case "school": config.school = set
            case "lea": config.lea = set
            case "line-manager": config.lineManager = set
            default:
                if let v = set, v == "~" || v.hasPrefix("~/"), let home, !home.isEmpty {
                    config.store = home + v.dropFirst()
                } else {
                    config.store = set
                }
            }
        }
        return config
    }
}

extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }

    func trimmedWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

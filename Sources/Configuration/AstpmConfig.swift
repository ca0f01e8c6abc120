/// The settings in astpm's configuration file: the school and LEA a printed
/// statement names, the line manager's name (for an unagreed statement's
/// signature box), and the record store's folder.
public struct AstpmConfig: Equatable, Sendable {
    public var school: String?
    public var lea: String?
    public var lineManager: String?
    /// The store folder, with `~/` already expanded.
    public var store: String?
    /// The file the settings are read from (nil when none was looked for).
    public var path: String?
    /// Whether that file was there.
    public var found: Bool

    public init(school: String? = nil, lea: String? = nil, lineManager: String? = nil, store: String? = nil,
                path: String? = nil, found: Bool = false) {
        self.school = school
        self.lea = lea
        self.lineManager = lineManager
        self.store = store
        self.path = path
        self.found = found
    }

    /// The settings a file may hold, as written in it.
    public static let keys = ["school", "lea", "line-manager", "store"]
}

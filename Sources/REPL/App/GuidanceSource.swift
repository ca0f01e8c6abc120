import Foundation
import Guidance

/// Where Guidance comes from: `--guidance DIR`, then `ASTPM_GUIDANCE`, then the
/// copy bundled with the binary.
public enum GuidanceSource {
    public struct LoadFailure: Error, CustomStringConvertible {
        public var diagnostics: [Diagnostic]
        public var folder: String
        public var description: String {
            "The guidance in \(folder) has problems, so astpm cannot start with it:\n"
                + diagnostics.filter { $0.severity == .error }.prefix(20).map(\.description).joined(separator: "\n")
                + "\nRun 'astpm guidance check \(folder)' for the full list."
        }
    }

    static let missingBuiltIn = UserError("The built-in guidance is missing from this installation; pass --guidance DIR.")

    /// The folder to use, and how to show it.
    public static func folder(option: String?, environment: [String: String]) -> (URL, String)? {
        if let path = option ?? environment["ASTPM_GUIDANCE"], !path.isEmpty {
            return (URL(fileURLWithPath: path), path)
        }
        return GuidanceLoader.builtInDirectory.map { ($0, "Guidance") }
    }

    /// Loads and validates; any error refuses the folder with every message.
    public static func load(option: String?, environment: [String: String]) throws -> GuidanceSet {
        try load(read(option: option, environment: environment))
    }

    /// The files of the folder to use, read but not parsed.
    public static func read(option: String?, environment: [String: String]) throws -> GuidanceFiles {
        guard let (url, shown) = folder(option: option, environment: environment) else { throw missingBuiltIn }
        return GuidanceLoader.read(directory: url, displayRoot: shown)
    }

    /// Parses and validates files already read; any error refuses them with every message.
    public static func load(_ files: GuidanceFiles) throws -> GuidanceSet {
        let result = GuidanceLoader.load(files)
        guard let set = result.guidance, !result.hasErrors else {
            throw LoadFailure(diagnostics: result.diagnostics, folder: files.displayRoot)
        }
        return set
    }
}

/// Guidance loading on another thread, so that the first prompt does not wait
/// for it: a person takes far longer to type a line than the load takes. The
/// first use of the guidance waits for the load to finish.
final class BackgroundGuidance: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written once by the loading thread before `finished` is signalled.
    private var result: Result<GuidanceSet, Error>?

    init(_ load: @escaping @Sendable () throws -> GuidanceSet) {
        Thread.detachNewThread { [self] in
            result = Result { try load() }
            finished.signal()
        }
    }

    /// Waits for the load (at once if it is done).
    func wait() -> Result<GuidanceSet, Error> {
        finished.wait()
        finished.signal()  // later waits return at once
        return result!
    }
}

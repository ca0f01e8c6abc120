import Foundation

/// The result of loading a Guidance folder: the data (when it could be read at
/// all) and every problem found, sorted by place.
public struct GuidanceLoadResult: Sendable {
    public var guidance: GuidanceSet?
    public var diagnostics: [Diagnostic]
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// The Guidance files of a folder, as read: what `GuidanceLoader.load` parses,
/// and what a cache of the parsed result is keyed by.
public struct GuidanceFiles: Sendable {
    /// How the folder is shown in messages (e.g. `Guidance`).
    public var displayRoot: String
    /// `(path relative to the folder, text)`, sorted by path.
    public var files: [(path: String, text: String)]
    /// Files that could not be read (each an error).
    public var problems: [Diagnostic]
}

/// Reads Guidance from a folder or from in-memory texts, then validates it.
/// Layered entry points: `load(directory:)` reads files, `load(files:)` works on text
/// (what tests use), and `GuidanceValidator` checks the typed result.
public enum GuidanceLoader {
    /// The Guidance folder bundled with the binary.
    public static var builtInDirectory: URL? {
        Bundle.module.url(forResource: "Guidance", withExtension: nil)
    }

    /// Reads only `guide.yaml`: the guide's title, reference and paragraph ids,
    /// without loading or checking the rest.
    public static func outline(directory: URL) -> GuideOutline? {
        let url = directory.appendingPathComponent("guide.yaml")
        guard case .success(let text) = GuidanceFileReader.text(url.path) else { return nil }
        return outline(text: text, file: url.path)
    }

    /// The outline in files already read, without parsing the others.
    public static func outline(_ files: GuidanceFiles) -> GuideOutline? {
        files.files.first { $0.path == "guide.yaml" }.flatMap { outline(text: $0.text, file: "guide.yaml") }
    }

    private static func outline(text: String, file: String) -> GuideOutline? {
        YAMLDocument.parse(text, file: file, bag: DiagnosticBag()).flatMap(UnitDecoders.outline)
    }

    /// Reads every `.yaml` file under `directory` (skipping `examples/`), then loads them.
    public static func load(directory: URL, displayRoot: String? = nil) -> GuidanceLoadResult {
        load(read(directory: directory, displayRoot: displayRoot))
    }

    /// Loads files already read with `read(directory:)`.
    public static func load(_ files: GuidanceFiles) -> GuidanceLoadResult {
        var result = load(files: files.files, displayRoot: files.displayRoot)
        result.diagnostics = (files.problems + result.diagnostics).sorted { $0.location < $1.location }
        return result
    }

    /// The text of every `.yaml` file under `directory` (skipping `examples/`
    /// and hidden files), sorted by path, and the files that could not be read.
    public static func read(directory: URL, displayRoot: String? = nil) -> GuidanceFiles {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        let root = displayRoot ?? directory.path
        guard fm.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
            return GuidanceFiles(displayRoot: root, files: [], problems: [
                Diagnostic(ReadCode.syntax, SourceLocation(file: root, line: 1, column: 1), "no Guidance folder here"),
            ])
        }
        var files: [(path: String, text: String)] = []
        var problems: [Diagnostic] = []
        for rel in paths(in: directory) {
            let shown = (root as NSString).appendingPathComponent(rel)
            switch GuidanceFileReader.text(directory.appendingPathComponent(rel).path) {
            case .success(let text): files.append((rel, text))
            case .failure(let failure):
                problems.append(Diagnostic(ReadCode.syntax, SourceLocation(file: shown, line: 1, column: 1), failure.description))
            }
        }
        return GuidanceFiles(displayRoot: root, files: files, problems: problems)
    }

    /// The Guidance files under `directory`, relative to it and sorted: every
    /// `.yaml` (or `.yml`) file outside `examples/` and hidden folders.
    public static func paths(in directory: URL) -> [String] {
        var paths: [String] = []
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            let rel = String(url.path.dropFirst(directory.path.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            if rel.hasPrefix("examples") || rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            guard url.pathExtension == "yaml" || url.pathExtension == "yml" else { continue }
            paths.append(rel)
        }
        return paths.sorted()
    }

    /// Loads Guidance from `(relative path, text)` pairs, e.g. `("passages/qa.yaml", "...")`.
    public static func load(files: [(path: String, text: String)], displayRoot: String = "Guidance") -> GuidanceLoadResult {
        let bag = DiagnosticBag()
        var outline: GuideOutline?
        var passages: [Passage] = []
        var gaps: [Gap] = []
        var topics: [NotCoveredTopic] = []
        var synonyms: [Synonym] = []
        var subjectWords: [String] = []
        var decisions: [DecisionPoint] = []
        var spine = PaySpine.empty
        var interviews: [Interview] = []
        var facts: [CaseFact] = []

        for (path, text) in files {
            let shown = (displayRoot as NSString).appendingPathComponent(path)
            guard let map = YAMLDocument.parse(text, file: shown, bag: bag) else { continue }
            let name = (path as NSString).lastPathComponent
            let folder = (path as NSString).deletingLastPathComponent
            switch (folder, name) {
            case ("", "guide.yaml"): outline = UnitDecoders.outline(map)
            case ("passages", _): passages += UnitDecoders.passages(map)
            case ("", "gaps.yaml"):
                let (g, t) = UnitDecoders.gaps(map)
                gaps += g
                topics += t
            case ("", "lexicon.yaml"):
                synonyms += UnitDecoders.synonyms(map)
                subjectWords += UnitDecoders.subjectWords(map)
            case ("", "decisions.yaml"): decisions += UnitDecoders.decisions(map)
            case ("", "pay-spine.yaml"): spine = UnitDecoders.paySpine(map)
            case ("", "facts.yaml"): facts += UnitDecoders.facts(map)
            case ("interviews", _): if let i = InterviewDecoder.decode(map) { interviews.append(i) }
            default:
                bag.add(Diagnostic("G006", map.location, "astpm does not know this file; Guidance files are listed in Guidance/README.md", severity: .warning))
            }
        }
        guard let outline else {
            bag.error(ReadCode.missingField, SourceLocation(file: (displayRoot as NSString).appendingPathComponent("guide.yaml"), line: 1, column: 1),
                      "guide.yaml is missing or unreadable: it lists the guide's paragraph ids that everything else cites")
            return GuidanceLoadResult(guidance: nil, diagnostics: bag.items.sorted { $0.location < $1.location })
        }
        let set = GuidanceSet(outline: outline, passages: passages, gaps: gaps, notCovered: topics, synonyms: synonyms,
                              decisions: decisions, paySpine: spine, interviews: interviews, facts: facts,
                              subjectWords: subjectWords)
        let all = bag.items + GuidanceValidator.validate(set)
        return GuidanceLoadResult(guidance: set, diagnostics: all.sorted { $0.location < $1.location })
    }
}

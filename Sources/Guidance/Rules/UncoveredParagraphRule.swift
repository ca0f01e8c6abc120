/// G012: a paragraph of the guide that no passage unit covers.
enum UncoveredParagraphRule: GuidanceRule {
    static let code = "G012"
    static let summary = "every paragraph of the guide has a passage unit"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        let covered = Set(g.passages.map(\.id))
        return g.outline.sections.flatMap { section in
            section.paragraphs.filter { !covered.contains($0) }.map {
                Diagnostic(code, section.location, "paragraph '\($0)' has no passage unit in passages/\(section.id).yaml")
            }
        }
    }
}

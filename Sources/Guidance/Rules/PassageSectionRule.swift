/// G014: a passage filed under the wrong section.
enum PassageSectionRule: GuidanceRule {
    static let code = "G014"
    static let summary = "each passage sits in the file of its own section"

    static func check(_ g: GuidanceSet) -> [Diagnostic] {
        g.passages.compactMap { p in
            guard let real = g.outline.sectionOfParagraph[p.id], real != p.section else { return nil }
            return Diagnostic(code, p.location, "passage '\(p.id)' belongs to section '\(real)', but its file says section '\(p.section)'")
        }
    }
}

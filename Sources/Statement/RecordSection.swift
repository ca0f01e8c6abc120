import Records

/// One record as a section of the printed statement: its heading and facts,
/// the decision box, its lists as tables, the other answers, the findings with
/// their paragraphs, the notes, and the agreement with signature boxes.
struct RecordSection {
    var record: Record
    var id: String
    /// The section's number in the document (names its page style).
    var number: Int
    var settings: StatementSettings
    var vocabulary: StatementVocabulary

    /// Fields the heading already shows, left out of the details when they say the same.
    static let headingKeys = ["ast-name", "cycle", "line-manager"]

    var kind: RecordKind { record.kind }
    var pageName: String { "record-\(number)" }
    var title: String { RecordText.title(kind) }

    func label(_ key: String) -> String { vocabulary.label(key, in: kind) }

    /// The line manager: the agreement's, else the record's field, else the configured name.
    var lineManager: String? {
        if let a = record.agreement, !a.lineManager.trimmingSpaces().isEmpty { return a.lineManager }
        if let f = field("line-manager"), !FieldHTML.isSkipped(f) { if case .text(let s) = f { return s } }
        return settings.lineManager
    }

    /// The field `key` (`line-manager` also finds `line_manager`).
    func field(_ key: String) -> RecordValue? {
        record.fields.first { StatementVocabulary.normalized($0.key) == key }?.value
    }

    func html() -> String {
        var h = "<section class=\"record\" style=\"page: \(pageName)\">\n"
        h += heading()
        if DecisionTopic.boxed(kind) { h += decisionBox() }
        h += lists()
        h += details()
        h += findings()
        if !record.notes.trimmingSpaces().isEmpty {
            h += "<h2>Notes</h2>\n<div class=\"notes\">\n" + MarkdownHTML.render(record.notes, headingBase: 3) + "\n</div>\n"
        }
        h += agreement()
        h += "<footer class=\"prepared\"><p>Prepared with astpm to the DfES guide <i>A Guide to the Performance Management of Advanced Skills Teachers</i> (\(HTMLText.escape(settings.guideReference))). Ids in square brackets, such as [qa.14], name paragraphs of that guide; \"from\" names the answers a finding rests on.</p></footer>\n"
        return h + "</section>\n"
    }

    func heading() -> String {
        let e = HTMLText.escape
        var h = "<header class=\"head\">\n<p class=\"confidential\">Confidential: personal data</p>\n"
        var school = settings.school
        if school == nil, case .text(let s)? = field("school"), !FieldHTML.isSkipped(.text(s)) { school = s }
        let org = [school, settings.lea.map { $0 }].compactMap { $0 }.filter { !$0.trimmingSpaces().isEmpty }
        h += org.isEmpty ? "<p class=\"org blank\">School: <span class=\"fill\"></span> LEA: <span class=\"fill\"></span></p>\n"
                         : "<p class=\"org\">\(org.map(e).joined(separator: " · "))</p>\n"
        h += "<h1>\(e(title)) <span class=\"cycle\">\(e(record.cycle))</span></h1>\n"
        h += "<table class=\"facts\">\n"
        h += "<tr><th>Advanced Skills Teacher</th><td>\(e(record.ast))</td>"
        h += "<th>Line manager</th><td>\(lineManager.map(e) ?? FieldHTML.notRecorded)</td></tr>\n"
        h += "<tr><th>Cycle</th><td>\(e(record.cycle))</td><th>Status</th><td>\(status())</td></tr>\n"
        h += "<tr><th>Record</th><td class=\"id\">\(idParts())</td><th>Last changed</th><td>\(FieldHTML.text(record.updated))</td></tr>\n"
        return h + "</table>\n</header>\n"
    }

    /// The record id, breaking only after its folder: `sian-prothero-3f2a/` `2025-26-review`.
    func idParts() -> String {
        id.split(separator: "/", omittingEmptySubsequences: false)
            .map { "<span class=\"nowrap\">\(HTMLText.escape(String($0)))</span>" }.joined(separator: "/<wbr>")
    }

    func status() -> String {
        if let a = record.agreement, record.status == .agreed { return "Agreed on \(FieldHTML.text(a.date))" }
        return record.status == .agreed ? "Agreed" : "Draft, not yet agreed"
    }

    func cites(_ c: Conclusion) -> String {
        var h = ""
        if !c.cites.isEmpty { h += " <span class=\"cite\">[\(HTMLText.escape(c.cites.joined(separator: ", ")))]</span>" }
        if !c.because.isEmpty {
            let from = c.because.map { vocabulary.sourceName($0, in: kind) }
            h += " <span class=\"from\">(from: \(HTMLText.escape(from.joined(separator: "; "))))</span>"
        }
        return h
    }

    func decisionBox() -> String {
        var rows: [(DecisionTopic, [Conclusion])] = []
        let wanted: [DecisionTopic] = kind == .review ? [.pay, .rangeReview, .support] : [.support, .pay, .rangeReview]
        for topic in wanted {
            let found = record.conclusions.filter { DecisionTopic.of($0) == topic }
            let always = kind == .review ? topic != .support : topic == .support
            if !found.isEmpty || always { rows.append((topic, found)) }
        }
        var h = "<div class=\"decision\">\n<h2>Decision</h2>\n<table>\n"
        for (topic, found) in rows {
            h += "<tr><th>\(topic.heading)</th><td>"
            h += found.isEmpty ? "<p class=\"none\">None recorded.</p>"
                : found.map { "<p>\(HTMLText.escape($0.text))\(cites($0))</p>" }.joined()
            h += "</td></tr>\n"
        }
        return h + "</table>\n<p class=\"key\">Bracketed ids are paragraphs of the guide (\(HTMLText.escape(settings.guideReference))).</p>\n</div>\n"
    }

    /// Lists of items (objectives, evidence items) as tables, under their labels.
    func lists() -> String {
        var h = ""
        for f in record.fields {
            guard case .list(let items) = f.value, let table = ItemTable(kind: kind, key: f.key, items: items, vocabulary: vocabulary) else { continue }
            h += "<h2>\(HTMLText.escape(label(f.key)))</h2>\n" + table.html()
        }
        return h
    }

    /// Every other answer, as label and value.
    func details() -> String {
        let rest = (record.fields + record.extra).filter { f in
            if case .list(let items) = f.value, ItemTable(kind: kind, key: f.key, items: items, vocabulary: vocabulary) != nil { return false }
            if Self.headingKeys.contains(StatementVocabulary.normalized(f.key)), case .text(let s) = f.value {
                return !(s == record.ast || s == record.cycle || s == lineManager)
            }
            return true
        }
        guard !rest.isEmpty else { return "" }
        var h = "<h2>\(kind == .review ? "The review" : "Details")</h2>\n<table class=\"fields\">\n"
        for f in rest {
            h += "<tr><th>\(HTMLText.escape(label(f.key)))</th><td>\(FieldHTML.value(f.value, kind: kind, vocabulary: vocabulary))</td></tr>\n"
        }
        return h + "</table>\n"
    }

    /// Conclusions not in the decision box, each with its paragraphs.
    func findings() -> String {
        let boxed = DecisionTopic.boxed(kind)
        let rest = record.conclusions.filter { !boxed || DecisionTopic.of($0) == nil }
        guard !rest.isEmpty else { return "" }
        var h = "<h2>\(boxed ? "Other findings" : "Findings")</h2>\n<ul class=\"findings\">\n"
        for c in rest { h += "<li>\(HTMLText.escape(c.text))\(cites(c))</li>\n" }
        return h + "</ul>\n"
    }

    func agreement() -> String {
        let e = HTMLText.escape
        var h = "<div class=\"agreement\">\n<h2>Agreement</h2>\n"
        let astName: String
        let lmName: String?
        if let a = record.agreement {
            h += "<p>Agreed on \(FieldHTML.text(a.date)) by \(e(a.lineManager)) (line manager) and \(e(a.ast)) (AST).</p>\n"
            for c in a.comments { h += "<p class=\"comment\">Comment: \(e(c))</p>\n" }
            astName = a.ast
            lmName = a.lineManager
        } else {
            h += "<p>Not yet agreed in astpm.</p>\n"
            astName = record.ast
            lmName = lineManager
        }
        h += "<table class=\"sign\">\n<tr><th></th><th>Line manager</th><th>Advanced Skills Teacher</th></tr>\n"
        h += "<tr><th>Name</th><td>\(lmName.map(e) ?? "")</td><td>\(e(astName))</td></tr>\n"
        h += "<tr class=\"signature\"><th>Signature</th><td></td><td></td></tr>\n"
        h += "<tr><th>Date</th><td></td><td></td></tr>\n</table>\n</div>\n"
        return h
    }
}

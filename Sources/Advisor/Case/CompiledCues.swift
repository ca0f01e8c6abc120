import Guidance

/// Every cue phrase the advisor matches against a question, compiled: the
/// facts' yes/no/not-about cues, the gaps' `detail` cues, the not-covered
/// topics' `marks` and the passages' `verdict_when` cues.
///
/// Compiling them (splitting, analysing apostrophes and hyphens, reading
/// `~N` gaps) is most of the time it takes to build an advisor from an
/// image, so an image stores them compiled (`write`, `read`) and a one-shot
/// `ask` does not redo it. Pure.
struct CompiledCues: Sendable {
    var matcher: CueMatcher
    /// The `detail` cues of each gap that has them (see `Gap.detail`).
    var gapDetails: [String: [CueMatcher.Cue]]
    /// The `marks` cues of each not-covered topic, by the topic's index.
    var topicMarks: [(index: Int, cues: [CueMatcher.Cue])]
    /// The `verdict_when` cues of each passage that has them, by passage id.
    var verdictCues: [String: [CueMatcher.Cue]]

    init(guidance: GuidanceSet) {
        matcher = CueMatcher(facts: guidance.facts)
        gapDetails = [:]
        for gap in guidance.gaps where !gap.detail.isEmpty { gapDetails[gap.id] = gap.detail.compactMap(CueMatcher.cue) }
        topicMarks = guidance.notCovered.enumerated().compactMap { i, t in
            t.marks.isEmpty ? nil : (i, t.marks.compactMap(CueMatcher.cue))
        }
        verdictCues = [:]
        for p in guidance.passages where !p.verdictWhen.isEmpty { verdictCues[p.id] = p.verdictWhen.compactMap(CueMatcher.cue) }
    }

    init(matcher: CueMatcher, gapDetails: [String: [CueMatcher.Cue]],
                 topicMarks: [(index: Int, cues: [CueMatcher.Cue])], verdictCues: [String: [CueMatcher.Cue]]) {
        self.matcher = matcher
        self.gapDetails = gapDetails
        self.topicMarks = topicMarks
        self.verdictCues = verdictCues
    }

    // MARK: - Image
    //
    // Stored flat, so reading is a few table copies and one split rather than
    // thousands of small reads: every cue's words in one text (a word never
    // holds a newline), each word's prefix flag and gap, where each cue's
    // words start, and where each group of cues starts. The groups are, in
    // order: each fact's yes, no, not-about and denied cues; each gap's detail cues
    // (keys in `gapKeys`); each topic's marks (indexes in `topicIndexes`); each
    // passage's verdict cues (keys in `verdictKeys`).

    func write(to w: inout ByteWriter) {
        var table = FlatCues()
        for e in matcher.entries { table.add(e.yes); table.add(e.no); table.add(e.notAbout); table.add(e.denied) }
        let gapKeys = gapDetails.keys.sorted()
        for key in gapKeys { table.add(gapDetails[key] ?? []) }
        for mark in topicMarks { table.add(mark.cues) }
        let verdictKeys = verdictCues.keys.sorted()
        for key in verdictKeys { table.add(verdictCues[key] ?? []) }
        w.write(matcher.entries.map(\.fact.id))
        w.write(gapKeys)
        w.writePlain(topicMarks.map { Int32($0.index) })
        w.write(verdictKeys)
        w.write(table.words.joined(separator: "\n"))
        w.writePlain(table.prefixes)
        w.writePlain(table.gaps)
        w.writePlain(table.cueStart)
        w.writePlain(table.groupStart)
    }

    /// The cues an image holds for `guidance` (read from the same image):
    /// throws `MalformedImage` when they do not fit it.
    static func read(from r: inout ByteReader, guidance: GuidanceSet) throws -> CompiledCues {
        let factIDs = try r.readStrings()
        let gapKeys = try r.readStrings()
        let topicIndexes = try r.readPlain(Int32.self)
        let verdictKeys = try r.readStrings()
        let words = FlatCues.lines(try r.readString())
        let prefixes = try r.readPlain(UInt8.self)
        let gaps = try r.readPlain(Int32.self)
        let cueStart = try r.readPlain(Int32.self)
        let groupStart = try r.readPlain(Int32.self)

        let facts = guidance.facts.filter { $0.kind != .number }
        guard factIDs == facts.map(\.id) else { throw MalformedImage("fact cues do not match the guidance's facts") }
        guard topicIndexes.allSatisfy({ guidance.notCovered.indices.contains(Int($0)) }) else { throw MalformedImage("marks of an unknown topic") }
        let groups = 4 * facts.count + gapKeys.count + topicIndexes.count + verdictKeys.count
        guard prefixes.count == words.count, gaps.count == words.count,
              prefixes.allSatisfy({ $0 <= 1 }), gaps.allSatisfy({ (0...8).contains($0) }),
              FlatCues.validOffsets(cueStart, total: words.count, nonEmpty: true),
              FlatCues.validOffsets(groupStart, total: cueStart.count - 1, nonEmpty: false),
              groupStart.count == groups + 1 else { throw MalformedImage("cue tables do not fit together") }

        let cues = (0..<(cueStart.count - 1)).map { i -> CueMatcher.Cue in
            let range = Int(cueStart[i])..<Int(cueStart[i + 1])
            return CueMatcher.Cue(words: Array(words[range]), prefixes: prefixes[range].map { $0 == 1 }, gaps: gaps[range].map { Int($0) })
        }
        var group = 0
        func next() -> [CueMatcher.Cue] {
            defer { group += 1 }
            return Array(cues[Int(groupStart[group])..<Int(groupStart[group + 1])])
        }
        let entries = facts.map { CueMatcher.Entry(fact: $0, yes: next(), no: next(), notAbout: next(), denied: next()) }
        var gapDetails: [String: [CueMatcher.Cue]] = [:]
        for key in gapKeys { gapDetails[key] = next() }
        let topicMarks = topicIndexes.map { (index: Int($0), cues: next()) }
        var verdictCues: [String: [CueMatcher.Cue]] = [:]
        for key in verdictKeys { verdictCues[key] = next() }
        return CompiledCues(matcher: CueMatcher(entries: entries), gapDetails: gapDetails,
                            topicMarks: topicMarks, verdictCues: verdictCues)
    }
}

/// Cues as flat tables (see `CompiledCues.write`).
private struct FlatCues {
    var words: [String] = []
    var prefixes: [UInt8] = []
    var gaps: [Int32] = []
    var cueStart: [Int32] = [0]
    var groupStart: [Int32] = [0]

    mutating func add(_ group: [CueMatcher.Cue]) {
        for cue in group {
            words += cue.words
            prefixes += cue.prefixes.map { $0 ? 1 : 0 }
            gaps += cue.gaps.map { Int32($0) }
            cueStart.append(Int32(words.count))
        }
        groupStart.append(Int32(cueStart.count - 1))
    }

    /// The lines of `text` ("" has none), split by hand: the generic `split`
    /// is several times slower, and this runs on every start.
    static func lines(_ text: String) -> [String] {
        var text = text
        guard !text.isEmpty else { return [] }
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                start = i + 1
            }
            return lines
        }
    }

    /// Offsets from 0, never decreasing (rising when `nonEmpty`), ending at `total`.
    static func validOffsets(_ start: [Int32], total: Int, nonEmpty: Bool) -> Bool {
        start.first == 0 && Int(start.last!) == total
            && zip(start, start.dropFirst()).allSatisfy { nonEmpty ? $0 < $1 : $0 <= $1 }
    }
}

import Guidance
import StableHashing

/// A built advisor as bytes, and back: what a cache stores so that a one-shot
/// `ask` need not parse the Guidance YAML and train the classifier again.
/// Reading an image is a few array copies; building the advisor from Guidance
/// takes far longer than the rest of the process.
///
/// The image holds the answering part of the guidance (everything but the
/// interviews, see `GuidanceSet.writeAnsweringImage`), the ranking tuning, the
/// index and naive Bayes tables. Numbers are in the machine's byte order; a
/// header (magic, format, length, checksum) and a check of every table's
/// shape make a truncated, damaged or foreign file throw `MalformedImage`
/// rather than give wrong answers. Pure: bytes in, bytes out.
public enum AdvisorImage {
    /// "ASTPMAI" and a format number: change the number when the layout or the
    /// meaning of any table changes.
    static let magic: UInt64 = 0x4153_5450_4D41_490D
    static let headerSize = 24

    /// The image of `advisor`.
    public static func write(_ advisor: Advisor) -> [UInt8] {
        var w = ByteWriter()
        advisor.guidance.writeAnsweringImage(to: &w)
        let tuning = advisor.ranker.tuning
        w.write(tuning.bayesWeight); w.write(tuning.bayesTemperature); w.write(tuning.bayesSmoothing); w.write(tuning.bayesUsesCharacters)
        let index = advisor.ranker.index
        w.write(index.classes) { w, c in w.write(c.id); w.write(Int(c.kind.rawValue)) }
        w.writePlain(index.features)
        w.writePlain(index.idf)
        w.writePlain(index.documentClass)
        w.writePlain(index.documentWeight)
        w.writePlain(index.postingStart)
        w.writePlain(index.postingDocument)
        w.writePlain(index.postingWeight)
        w.writePlain(index.classWordStart)
        w.writePlain(index.classWords)
        let words = index.speller.frequency.sorted { $0.key < $1.key }
        w.write(words.map(\.key))
        w.writePlain(words.map { Int64($0.value) })
        let bayes = advisor.ranker.bayes
        w.writePlain(bayes.countStart)
        w.writePlain(bayes.countClass)
        w.writePlain(bayes.count)
        w.writePlain(bayes.logTotal)
        advisor.compiledCues.write(to: &w)
        let payload = w.bytes
        var header = ByteWriter()
        header.write(magic)
        header.write(payload.count)
        header.write(payload.withUnsafeBytes { checksum($0) })
        return header.bytes + payload
    }

    /// The advisor an image holds. Throws `MalformedImage` when the bytes are not a
    /// whole, undamaged image of this format.
    public static func read(_ bytes: [UInt8]) throws -> Advisor {
        try bytes.withUnsafeBytes { try read($0) }
    }

    /// The advisor an image in memory holds (a mapped file, say); nothing of
    /// `bytes` is kept once this returns.
    public static func read(_ bytes: UnsafeRawBufferPointer) throws -> Advisor {
        var h = ByteReader(bytes)
        guard try h.readUInt64() == magic else { throw MalformedImage("not an advisor image of this format") }
        let length = try h.readCount()
        let sum = try h.readUInt64()
        guard length == bytes.count - headerSize else { throw MalformedImage("length \(bytes.count - headerSize), header says \(length)") }
        guard checksum(UnsafeRawBufferPointer(rebasing: bytes[headerSize...])) == sum else { throw MalformedImage("checksum does not match") }
        var r = ByteReader(bytes, from: headerSize)
        let guidance = try GuidanceSet.readAnsweringImage(from: &r)
        var tuning = RankingTuning()
        tuning.bayesWeight = try r.readDouble()
        tuning.bayesTemperature = try r.readDouble()
        tuning.bayesSmoothing = try r.readDouble()
        tuning.bayesUsesCharacters = try r.readBool()
        let classes = try r.readList { r in
            let id = try r.readString()
            guard let kind = UnitKind(rawValue: UInt8(clamping: try r.readInt())) else { throw MalformedImage("unknown class kind") }
            return UnitClass(id: id, kind: kind)
        }
        let features = try r.readPlain(UInt64.self)
        let idf = try r.readPlain(Double.self)
        let documentClass = try r.readPlain(Int32.self)
        let documentWeight = try r.readPlain(Double.self)
        let postingStart = try r.readPlain(Int32.self)
        let postingDocument = try r.readPlain(Int32.self)
        let postingWeight = try r.readPlain(Double.self)
        let classWordStart = try r.readPlain(Int32.self)
        let classWords = try r.readPlain(Int32.self)
        let words = try r.readStrings()
        let frequencies = try r.readPlain(Int64.self)
        let countStart = try r.readPlain(Int32.self)
        let countClass = try r.readPlain(Int32.self)
        let count = try r.readPlain(Double.self)
        let logTotal = try r.readPlain(Double.self)
        let cues = try CompiledCues.read(from: &r, guidance: guidance)
        guard r.isAtEnd else { throw MalformedImage("bytes left over at the end") }

        let (c, f, d) = (classes.count, features.count, documentClass.count)
        try require(zip(features, features.dropFirst()).allSatisfy { $0 < $1 }, "features not sorted")
        try require(idf.count == f && documentWeight.count == d && logTotal.count == c, "table sizes differ")
        try require(documentClass.allSatisfy { $0 >= 0 && Int($0) < c }, "document of an unknown class")
        try checkOffsets(postingStart, lists: f, total: postingDocument.count, "postings")
        try require(postingWeight.count == postingDocument.count, "posting weights")
        try require(postingDocument.allSatisfy { $0 >= 0 && Int($0) < d }, "posting of an unknown document")
        try checkOffsets(classWordStart, lists: c, total: classWords.count, "class words")
        try require(classWords.allSatisfy { $0 >= 0 && Int($0) < f }, "class word of an unknown feature")
        try require(words.count == frequencies.count, "speller tables differ")
        try checkOffsets(countStart, lists: f, total: countClass.count, "naive Bayes counts")
        try require(count.count == countClass.count, "naive Bayes count table")
        try require(countClass.allSatisfy { $0 >= 0 && Int($0) < c }, "naive Bayes count of an unknown class")

        let speller = SpellingCorrector(words: words, frequency: Dictionary(zip(words, frequencies.map { Int($0) }), uniquingKeysWith: +))
        let index = UnitIndex(extractor: FeatureExtractor(analyzer: Analyzer(synonyms: guidance.synonyms)), classes: classes,
                              features: features, idf: idf, documentClass: documentClass, documentWeight: documentWeight,
                              postingStart: postingStart, postingDocument: postingDocument, postingWeight: postingWeight,
                              classWordStart: classWordStart, classWords: classWords, speller: speller)
        let bayes = NaiveBayes(countStart: countStart, countClass: countClass, count: count, logTotal: logTotal,
                               smoothing: tuning.bayesSmoothing, temperature: tuning.bayesTemperature,
                               usesCharacters: tuning.bayesUsesCharacters)
        return Advisor(guidance: guidance, ranker: Ranker(index: index, bayes: bayes, tuning: tuning), cues: cues)
    }

    private static func require(_ condition: Bool, _ problem: String) throws {
        if !condition { throw MalformedImage(problem) }
    }

    /// Offsets of `lists` lists into a table of `total` entries: from 0, never decreasing, ending at `total`.
    private static func checkOffsets(_ start: [Int32], lists: Int, total: Int, _ name: String) throws {
        try require(start.count == lists + 1 && start.first == 0 && Int(start.last!) == total
                    && zip(start, start.dropFirst()).allSatisfy { $0 <= $1 }, "\(name) offsets")
    }

    /// FNV-1a over the bytes, eight at a time: catches damage, not tampering.
    static func checksum(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var h = FNV1a()
        var i = 0
        while i + 8 <= raw.count {
            h.add(word: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        while i < raw.count {
            h.add(raw[i])
            i += 1
        }
        return h.value
    }
}

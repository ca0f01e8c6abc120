import Guidance

/// The Guidance file each input stands for: its first byte picks one of
/// these (Scripts/fuzz writes the seeds with that byte in front).
let guidancePaths = ["guide.yaml", "passages/fuzz.yaml", "gaps.yaml", "lexicon.yaml", "decisions.yaml",
                     "pay-spine.yaml", "facts.yaml", "interviews/fuzz.yaml"]

/// libFuzzer entry: one Guidance YAML file, loaded and checked on its own
/// (as `astpm guidance check` would meet it); every problem is a diagnostic,
/// never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGuidanceFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data!, count: size)
    let path = guidancePaths[Int(bytes[0]) % guidancePaths.count]
    // The file reader refuses bytes that are not UTF-8 before the loader sees them.
    guard let text = String(validating: bytes.dropFirst(), as: UTF8.self) else { return 0 }
    let result = GuidanceLoader.load(files: [(path: path, text: text)])
    _ = result.diagnostics.map(\.description)
    return 0
}

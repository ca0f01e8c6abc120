internal import CEditLine
import Foundation

/// Which libedit astpm uses: the API version it was built against and the
/// library file loaded now (for `doctor`).
public enum LibeditVersion {
    /// `2.11`, from histedit.h at build time.
    public static var api: String { "\(cel_libedit_major()).\(cel_libedit_minor())" }

    /// The file of the libedit loaded now (`libedit.so.2.0.72`), from /proc/self/maps;
    /// nil when it cannot be told.
    public static var loadedLibrary: String? {
        // /proc files report size 0, so the file is read to its end rather than by its size.
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/maps"), let data = try? handle.readToEnd() else { return nil }
        let maps = String(decoding: data, as: UTF8.self)
        for line in maps.split(separator: "\n") {
            guard let slash = line.firstIndex(of: "/"), line.contains("libedit") else { continue }
            let path = String(line[slash...])
            let real = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? path
            return (real as NSString).lastPathComponent
        }
        return nil
    }

    /// `libedit 2.11 (libedit.so.2.0.72)`.
    public static var description: String {
        "libedit \(api)" + (loadedLibrary.map { " (\($0))" } ?? "")
    }
}

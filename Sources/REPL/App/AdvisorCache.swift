import Advisor
import Foundation
import XDGPaths
import Guidance
import LineEditing
import StableHashing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
import StableHashing
#endif

/// Built advisors kept on disk as images (`AdvisorImage`), so that a one-shot
/// `astpm ask` reads one file instead of parsing the Guidance YAML and training
/// the classifier again (most of its time otherwise).
///
/// An image is named by a key: a hash of this executable's identity and of
/// every Guidance file's path, size, inode and modification time (nothing is
/// read to make it, which is what makes a cached start fast). Rebuilding
/// astpm or editing, adding or removing a Guidance file gives a new key, so a
/// stale image is never used. Images are only written after the guidance
/// loaded without errors, so a matching image also says these files passed
/// their checks.
///
/// The folder is `$XDG_CACHE_HOME/astpm`, else `~/.cache/astpm` (mode 0700,
/// files 0600). Images hold the guidance only, never records. The cache is
/// best-effort: a file that cannot be read, written or trusted is ignored
/// (and a damaged one removed), and the advisor is built as before.
struct AdvisorCache {
    let folder: String
    /// Hex digest naming this guidance and build.
    let key: String

    var imagePath: String { folder + "/advisor-\(key).img" }

    /// The cache for the Guidance folder `guidance` (shown as `displayRoot`), or
    /// nil when there is no cache folder (no HOME) or a file cannot be identified.
    init?(environment: [String: String], guidance: URL, displayRoot: String,
          executable: String? = AdvisorCache.executablePath()) {
        guard let folder = AdvisorCache.folder(environment: environment), let executable,
              let identity = AdvisorCache.identity(ofFile: executable) else { return nil }
        self.folder = folder
        var hash = StableHash()
        hash.add("astpm advisor image\0\(executable)\0\(identity)\0\(displayRoot)\0")
        for path in GuidanceLoader.paths(in: guidance) {
            guard let file = AdvisorCache.identity(ofFile: guidance.appendingPathComponent(path).path) else { return nil }
            hash.add("\(path)\0\(file)\0")
        }
        key = hash.hex
    }

    /// `$XDG_CACHE_HOME/astpm` when set to an absolute path, else `$HOME/.cache/astpm`.
    static func folder(environment: [String: String]) -> String? {
        XDGDirectory.cache.astpmFolder(environment: environment)
    }

    /// True when an image for this key exists (it is not read).
    var hasImage: Bool { access(imagePath, R_OK) == 0 }

    /// The cached advisor, or nil when there is none or it cannot be trusted.
    func load() -> Advisor? {
        // The file is mapped rather than read: its tables are copied once,
        // straight from the page cache into the advisor's arrays.
        let fd = open(imagePath, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0, let map = mmap(nil, Int(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0),
              map != MAP_FAILED else { return nil }
        defer { munmap(map, Int(st.st_size)) }
        do {
            return try AdvisorImage.read(UnsafeRawBufferPointer(start: map, count: Int(st.st_size)))
        } catch {
            unlink(imagePath)
            return nil
        }
    }

    /// Writes the advisor's image and removes images of other keys. Failures are ignored.
    func store(_ advisor: Advisor) {
        let path = imagePath
        do {
            try FileIO.makeDirectory(parentOf: path, mode: 0o700)
            try FileIO.replace(path, with: AdvisorImage.write(advisor), mode: 0o600)
        } catch { return }
        let current = (path as NSString).lastPathComponent
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix("advisor-") && name.hasSuffix(".img") && name != current {
            unlink(folder + "/" + name)
        }
    }

    /// This process's executable file.
    static func executablePath() -> String? {
        #if os(Linux)
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return target }
        #endif
        return Bundle.main.executablePath
    }

    /// Size, inode and modification time of a file: one of them changes whenever it is written.
    static func identity(ofFile path: String) -> String? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        #if os(Linux)
        let modified = st.st_mtim
        #else
        let modified = st.st_mtimespec
        #endif
        return "\(st.st_size)-\(st.st_ino)-\(modified.tv_sec).\(modified.tv_nsec)"
    }
}

/// The cache key's hash: FNV-1a over the text's UTF-8 bytes in order, the
/// same in every process (unlike `Hasher`).
struct StableHash {
    private var fnv = FNV1a()

    mutating func add(_ text: String) { fnv.add(text.utf8) }

    var hex: String { fnv.hex }
}

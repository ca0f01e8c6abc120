import Foundation
import XCTest

/// Prints HTML to PDF with headless Chromium and reads the PDF back with
/// poppler (pdfinfo, pdftotext), for tests that check what a statement looks
/// like on paper. Tools missing make the test skip, naming them.
struct HeadlessChromium {
    let chromium: String
    let pdfinfo: String
    let pdftotext: String
    /// A folder for the browser's profile and the PDFs; removed by the caller.
    let workFolder: URL

    /// The tools, or an XCTSkip naming each one that is missing.
    init(workFolder: URL) throws {
        let env = ProcessInfo.processInfo.environment
        let browser = env["ASTPM_CHROMIUM"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(Self.onPath).first
        let info = Self.onPath("pdfinfo"), text = Self.onPath("pdftotext")
        var missing: [String] = []
        if browser == nil { missing.append("chromium (apt-get install chromium)") }
        if info == nil || text == nil { missing.append("pdfinfo and pdftotext (apt-get install poppler-utils)") }
        guard let browser, let info, let text else {
            throw XCTSkip("The printed statement is checked in a real browser, but these are missing: \(missing.joined(separator: "; ")). Scripts/test installs them.")
        }
        chromium = browser
        pdfinfo = info
        pdftotext = text
        self.workFolder = workFolder
    }

    static func onPath(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Prints `html` (a file) to a PDF beside it. The browser is kept off the
    /// network: no background services, and every host name resolves to nothing.
    func printToPDF(_ html: URL) throws -> URL {
        let pdf = html.deletingPathExtension().appendingPathExtension("pdf")
        var args = ["--headless", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run", "--no-default-browser-check",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                    "--disable-default-apps", "--disable-crash-reporter", "--host-resolver-rules=MAP * ~NOTFOUND",
                    "--user-data-dir=\(workFolder.appendingPathComponent("profile").path)",
                    "--print-to-pdf=\(pdf.path)", html.absoluteString]
        // Chromium's sandbox refuses to run as root; anyone else keeps it.
        if getuid() == 0 { args.insert("--no-sandbox", at: 1) }
        let result = try Self.run(chromium, args, timeout: 180)
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            throw PrintFailure(message: "chromium made no PDF (status \(result.status)): \(result.err.suffix(2000))")
        }
        return pdf
    }

    /// pdfinfo's "Pages" and "Page size" (in points).
    func info(_ pdf: URL) throws -> (pages: Int, width: Double, height: Double) {
        let out = try Self.run(pdfinfo, [pdf.path], timeout: 60).out
        var pages = 0, width = 0.0, height = 0.0
        for line in out.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if parts[0] == "Pages" { pages = Int(parts[1]) ?? 0 }
            if parts[0] == "Page size" {
                let numbers = parts[1].split(separator: " ").compactMap { Double($0) }
                if numbers.count >= 2 { width = numbers[0]; height = numbers[1] }
            }
        }
        return (pages, width, height)
    }

    /// The text of page `page` (1-based), or of the whole PDF, in the order it was drawn.
    func text(_ pdf: URL, page: Int? = nil) throws -> String {
        var args = ["-enc", "UTF-8", "-raw"]
        if let page { args += ["-f", String(page), "-l", String(page)] }
        return try Self.run(pdftotext, args + [pdf.path, "-"], timeout: 60).out
    }

    struct PrintFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Runs a tool to its end (killed after `timeout` seconds), collecting its output.
    static func run(_ tool: String, _ args: [String], timeout: TimeInterval) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        // Read both pipes while the tool runs, so a full pipe cannot stall it.
        nonisolated(unsafe) var errData = Data()
        let errDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }
        let killer = DispatchWorkItem { if p.isRunning { p.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        errDone.wait()
        killer.cancel()
        return (p.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}

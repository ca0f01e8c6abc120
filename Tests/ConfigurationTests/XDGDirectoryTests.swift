import XCTest
import XDGPaths

/// One rule for every folder astpm keeps files in.
final class XDGDirectoryTests: XCTestCase {
    func testAnAbsoluteVariableWinsElseTheUsualFolderUnderHome() {
        for d in XDGDirectory.allCases {
            XCTAssertEqual(d.astpmFolder(environment: [d.variable: "/x/", "HOME": "/h"]), "/x/astpm")
            XCTAssertEqual(d.astpmFolder(environment: [d.variable: "relative", "HOME": "/h"]), "/h/\(d.underHome)/astpm")
            XCTAssertEqual(d.astpmFolder(environment: [d.variable: "", "HOME": "/h/"]), "/h/\(d.underHome)/astpm")
        }
    }

    /// Personal data never goes to a shared default such as /tmp: with no
    /// HOME and no variable there is no folder, and the caller decides.
    func testWithNeitherThereIsNoFolder() {
        for d in XDGDirectory.allCases {
            XCTAssertNil(d.astpmFolder(environment: [:]))
            XCTAssertNil(d.astpmFolder(environment: ["HOME": "relative"]))
        }
    }
}

import Records
@testable import Statement
import XCTest

/// Escaping, dates and Markdown: the pieces every statement is made of.
final class TextPiecesTests: XCTestCase {
    func testHTMLEscapingShowsControlsAndDirectionOverrides() {
        XCTAssertEqual(HTMLText.escape("<b>O'Neill & \"co\"</b>"), "&lt;b&gt;O&#39;Neill &amp; &quot;co&quot;&lt;/b&gt;")
        XCTAssertEqual(HTMLText.escape("a\u{1B}[31mb\u{7}"), "a^[[31mb^G")
        XCTAssertEqual(HTMLText.escape("x\u{202E}y"), "x&lt;U+202E&gt;y")
        XCTAssertEqual(HTMLText.escape("line\nnext"), "line\nnext")
    }

    func testCSSStringsCannotEndTheStringOrTheStyleSheet() {
        let s = HTMLText.cssString("Siân \"x\" \\ </style>\n")
        XCTAssertEqual(s, "\"Si\\0000e2 n \\000022 x\\000022  \\00005c  \\00003c \\00002f style\\00003e  \"")
        XCTAssertFalse(s.dropFirst().dropLast().contains("\""))
        XCTAssertFalse(s.contains("</"))
    }

    func testDatesAreWrittenOutOnlyWhenTheWholeValueIsARealDate() {
        XCTAssertEqual(DateWording.long("2026-07-08"), "8 July 2026")
        XCTAssertEqual(DateWording.long("2025-11-14T09:30:00Z"), "14 November 2025")
        XCTAssertEqual(DateWording.long("2024-02-29"), "29 February 2024")
        XCTAssertNil(DateWording.long("2026-02-29"))
        XCTAssertNil(DateWording.long("2026-13-01"))
        XCTAssertNil(DateWording.long("2025-26"))
        XCTAssertNil(DateWording.long("2026-07-08 and later"))
        XCTAssertEqual(DateWording.shown("Reviewed on 23 March"), "Reviewed on 23 March")
    }

    func testMarkdownIsEscapedBeforeItIsRendered() {
        let html = MarkdownHTML.render("""
        ## Review meeting, 1 July 2026

        The meeting looked at **the whole year** and *not* single lessons.
        <script>alert(1)</script> & `code <b>`

        - first item
          carried on
        - second [link](javascript:alert(1))

        1. one
        2. two
        > quoted
        """)
        XCTAssertTrue(html.contains("<h4>Review meeting, 1 July 2026</h4>"), html)
        XCTAssertTrue(html.contains("<strong>the whole year</strong>"), html)
        XCTAssertTrue(html.contains("<em>not</em>"), html)
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <code>code &lt;b&gt;</code>"), html)
        XCTAssertTrue(html.contains("<ul><li>first item\ncarried on</li><li>second link (javascript:alert(1))</li></ul>"), html)
        XCTAssertTrue(html.contains("<ol><li>one</li><li>two</li></ol>"), html)
        XCTAssertTrue(html.contains("<blockquote><p>quoted</p></blockquote>"), html)
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("href"))
    }

    func testUnderscoresInsideWordsAreNotEmphasis() {
        XCTAssertEqual(MarkdownHTML.inline("snake_case_name and _this_"), "snake_case_name and <em>this</em>")
        XCTAssertEqual(MarkdownHTML.inline("2 * 3 * 4"), "2 * 3 * 4")
    }
}

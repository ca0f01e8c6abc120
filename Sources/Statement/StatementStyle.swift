/// The statement's style sheet: A4 pages whose margins carry the AST's name,
/// cycle, record id, "Confidential: personal data" and "Page n of m" on every
/// page (CSS page-margin boxes, which Chromium prints), and a plain, ruled
/// look for tables, the decision box and the signature boxes.
enum StatementStyle {
    static let fonts = "\"Liberation Serif\", \"Times New Roman\", Times, \"DejaVu Serif\", serif"

    /// The page rules shared by every section.
    static let base = """
    @page {
      size: A4;
      margin: 20mm 17mm 18mm 17mm;
      @top-right { content: "Confidential: personal data"; font: italic 8pt \(fonts); color: #333; vertical-align: bottom; padding-bottom: 4mm; }
      @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt \(fonts); color: #333; vertical-align: top; padding-top: 4mm; }
    }
    html { font: 10pt/1.35 \(fonts); color: #000; font-variant-ligatures: none; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { margin: 0; }
    @media screen { body { max-width: 176mm; margin: 2em auto; } }
    section.record + section.record { break-before: page; }
    .head { margin-bottom: 4mm; }
    .confidential { margin: 0; font-size: 8.5pt; font-weight: bold; letter-spacing: 0.06em; text-transform: uppercase; }
    .org { margin: 1mm 0 0; font-size: 11pt; }
    .org.blank .fill { display: inline-block; width: 55mm; border-bottom: 0.5pt solid #000; margin-right: 6mm; }
    h1 { font-size: 17pt; margin: 2mm 0 3mm; font-weight: bold; }
    h1 .cycle { font-weight: normal; }
    h2 { font-size: 11.5pt; margin: 5mm 0 1.5mm; padding-bottom: 0.6mm; border-bottom: 0.75pt solid #000; break-after: avoid; }
    h3, h4, h5, h6 { font-size: 10.5pt; margin: 3mm 0 1mm; break-after: avoid; }
    p { margin: 0 0 1.6mm; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; vertical-align: top; padding: 1.1mm 1.6mm; }
    table.facts { border-top: 0.5pt solid #000; border-bottom: 0.5pt solid #000; table-layout: fixed; }
    table.facts th { width: 29%; font-weight: normal; color: #333; padding-left: 0; }
    table.facts td { width: 31%; }
    table.facts th:nth-child(3) { width: 15%; }
    table.facts td:nth-child(4) { width: 25%; }
    table.facts td.id { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8pt; overflow-wrap: anywhere; }
    .decision { border: 1.5pt solid #000; padding: 1mm 3mm 2mm; margin: 3mm 0 2mm; break-inside: avoid; }
    .decision h2 { border: none; margin: 1mm 0 1mm; font-size: 12.5pt; }
    .decision th { width: 24mm; padding-left: 0; }
    .decision td p { margin: 0 0 1.2mm; }
    .decision tr + tr th, .decision tr + tr td { border-top: 0.5pt solid #999; }
    .decision .key { font-size: 8.5pt; color: #333; margin: 1mm 0 0; }
    table.items { border: 0.75pt solid #000; font-size: 9.5pt; }
    table.items thead th { border-bottom: 0.75pt solid #000; background: #eee; font-weight: bold; }
    table.items tbody { break-inside: avoid; }
    table.items tbody + tbody tr:first-child td { border-top: 0.5pt solid #777; }
    table.items td.num, table.items th.num { width: 7mm; text-align: right; }
    table.items tr.more td { padding-top: 0; font-size: 9pt; }
    table.items ul, table.fields ul { margin: 0; padding-left: 4mm; }
    table.fields th { width: 38%; font-weight: normal; color: #222; border-bottom: 0.5pt solid #bbb; padding-left: 0; }
    table.fields td { border-bottom: 0.5pt solid #bbb; }
    table.fields tr { break-inside: avoid; }
    .nowrap { white-space: nowrap; }
    .k { font-style: italic; }
    .none { font-style: italic; color: #444; }
    .cite { font-size: 8.5pt; white-space: nowrap; }
    .from { font-size: 8pt; color: #444; }
    ul.findings { margin: 0; padding-left: 5mm; }
    ul.findings li { margin-bottom: 1mm; break-inside: avoid; }
    .notes ul, .notes ol { margin: 0 0 1.6mm; padding-left: 5mm; }
    .notes blockquote { margin: 0 0 1.6mm 4mm; font-style: italic; }
    .notes pre { font-size: 8.5pt; white-space: pre-wrap; }
    .agreement { break-inside: avoid; margin-top: 5mm; }
    .agreement .comment { font-style: italic; }
    table.sign { margin-top: 3mm; border: 0.75pt solid #000; }
    table.sign th, table.sign td { border: 0.75pt solid #000; padding: 1.5mm 2mm; }
    table.sign th:first-child { width: 22mm; font-weight: normal; }
    table.sign tr:first-child th { font-weight: bold; background: #eee; }
    table.sign tr.signature td { height: 16mm; }
    table.sign td { width: 42%; }
    footer.prepared { margin-top: 4mm; font-size: 8pt; color: #333; break-inside: avoid; }
    """

    /// The margin-box text of one section's pages: who, which cycle and which record.
    static func page(_ name: String, left: String, record: String) -> String {
        """
        @page \(name) {
          @top-left { content: \(HTMLText.cssString(left)); font: 8pt \(fonts); color: #333; vertical-align: bottom; padding-bottom: 4mm; }
          @bottom-left { content: \(HTMLText.cssString(record)); font: 8pt \(fonts); color: #333; vertical-align: top; padding-top: 4mm; }
        }
        """
    }
}

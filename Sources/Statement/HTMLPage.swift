/// The opening of every printed document: a self-contained HTML page that
/// loads nothing (a content security policy allowing only its own style
/// sheet, no referrer), its title escaped, then `css`, up to `<body>`.
enum HTMLPage {
    static func head(title: String, css: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="referrer" content="no-referrer">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(css)</style>
        </head>
        <body>

        """
    }
}

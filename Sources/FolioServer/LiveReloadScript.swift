/// The script added to every HTML page at serve time (never written to `Output/`): listens
/// for events, reloads, swaps stylesheets, and shows build errors in an overlay.
enum LiveReloadScript {
    static func tag(basePath: String, version: Int) -> String {
        let source = #"""
            (function () {
              var version = "VERSION";
              var events = new EventSource("BASE_folio/events");
              function clear() { var o = document.getElementById("folio-errors"); if (o) o.remove(); }
              function show(lines) {
                clear();
                var box = document.createElement("div");
                box.id = "folio-errors";
                box.setAttribute("role", "alert");
                box.style.cssText = "position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:80vh;overflow:auto;" +
                  "background:#2b0d0d;color:#ffe3e3;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;" +
                  "padding:16px 20px;border-bottom:4px solid #e5484d;box-shadow:0 4px 24px rgba(0,0,0,.4)";
                var title = document.createElement("strong");
                title.textContent = "The site could not be rebuilt. Showing the last good version. Fix these and save:";
                title.style.cssText = "color:#fff;font:inherit;font-weight:700";
                box.appendChild(title);
                var list = document.createElement("pre");
                // Inline styles that the site's own CSS (pre, code) cannot override.
                list.style.cssText = "white-space:pre-wrap;margin:10px 0 0;padding:0;max-width:none;" +
                  "background:transparent;color:#ffe3e3;border:0;font:inherit";
                list.textContent = lines.join("\n");
                box.appendChild(list);
                document.body.appendChild(box);
              }
              events.addEventListener("hello", function (e) { if (e.data !== version) location.reload(); });
              events.addEventListener("reload", function () { location.reload(); });
              events.addEventListener("errors", function (e) { show(JSON.parse(e.data)); });
              events.addEventListener("css", function (e) {
                version = e.data;
                document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
                  var url = new URL(link.href); url.searchParams.set("folio", e.data); link.href = url.toString();
                });
              });
            })();
            """#
        let script = source.replacingOccurrences(of: "VERSION", with: String(version))
            .replacingOccurrences(of: "BASE", with: basePath)
        return "<script>\n" + script + "\n</script>\n"
    }

    /// The page with the script before `</body>` (or at the end when there is none).
    static func inject(into html: [UInt8], basePath: String, version: Int) -> [UInt8] {
        let tag = Array(tag(basePath: basePath, version: version).utf8)
        let marker = Array("</body>".utf8)
        if html.count >= marker.count {
            var index = html.count - marker.count
            while index >= 0 {
                if html[index] == marker[0], Array(html[index..<(index + marker.count)]) == marker {
                    return Array(html[..<index]) + tag + Array(html[index...])
                }
                index -= 1
            }
        }
        return html + tag
    }
}

extension DefaultTemplates {
    /// `/assets/folio.css`: the default theme. No web fonts, no external requests.
    public static let stylesheet = #"""
        :root {
          --text: #1d1d1f; --muted: #5f6368; --bg: #fdfcfa; --panel: #f3f1ec; --line: #e2ded6;
          --accent: #8a3b12; --accent-soft: #f6e7dc;
          --serif: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "Times New Roman", serif;
          --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          --measure: 40rem;
        }
        @media (prefers-color-scheme: dark) {
          :root { --text: #e8e6e3; --muted: #a8a29a; --bg: #181716; --panel: #22201e; --line: #34312d;
                  --accent: #f0a273; --accent-soft: #3a2a20; }
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; background: var(--bg); color: var(--text); font: 1.125rem/1.65 var(--serif); }
        a { color: var(--accent); }
        a:hover { text-decoration: none; }
        img { max-width: 100%; height: auto; }
        .wrap { max-width: 62rem; margin: 0 auto; padding: 0 1.25rem; }
        .skip-link { position: absolute; left: -999px; }
        .skip-link:focus { left: 1rem; top: 1rem; background: var(--bg); padding: 0.5rem 1rem; z-index: 2; }

        .site-header { border-bottom: 1px solid var(--line); font-family: var(--sans); }
        .site-header .wrap { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.5rem 1.5rem; padding-top: 1rem; padding-bottom: 1rem; }
        .site-title { font-weight: 700; font-size: 1.2rem; color: var(--text); text-decoration: none; }
        .site-header ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; font-size: 0.95rem; }
        .site-header nav a { color: var(--muted); text-decoration: none; }
        .site-header nav a:hover { color: var(--accent); }

        main.wrap { padding-top: 2.5rem; padding-bottom: 3rem; }
        h1, h2, h3, h4 { font-family: var(--sans); line-height: 1.25; letter-spacing: -0.01em; }
        h1 { font-size: clamp(1.9rem, 5vw, 2.6rem); margin: 0 0 0.5rem; }
        h2 { font-size: 1.4rem; margin: 2.5rem 0 0.75rem; }
        h3 { font-size: 1.15rem; margin: 2rem 0 0.5rem; }
        .lead { font-size: 1.25rem; color: var(--muted); max-width: var(--measure); }
        p, ul, ol, blockquote, pre, table { max-width: var(--measure); }
        blockquote { margin: 1.5rem 0; padding: 0.25rem 0 0.25rem 1.25rem; border-left: 3px solid var(--accent); font-style: italic; color: var(--muted); }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.88em; background: var(--panel); padding: 0.1em 0.3em; border-radius: 3px; }
        pre { background: var(--panel); padding: 1rem; overflow-x: auto; border-radius: 6px; line-height: 1.45; }
        pre code { background: none; padding: 0; }
        hr { border: 0; border-top: 1px solid var(--line); margin: 2.5rem 0; max-width: var(--measure); }
        time, .fact-year, .index-note, .count { color: var(--muted); }

        .intro { margin-bottom: 2rem; }
        .intro-links { font-family: var(--sans); font-size: 1rem; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1.25rem; margin: 1.5rem 0; }
        .card { display: flex; gap: 1rem; padding: 1.1rem; background: var(--panel); border-radius: 10px; }
        .card-photo { flex: none; }
        .card-photo img { display: block; width: 4.5rem; height: 4.5rem; object-fit: cover; border-radius: 50%; }
        .card-number { margin: 0; font: 0.85rem/1.4 var(--sans); color: var(--muted); }
        .card-name { margin: 0.2rem 0 0.3rem; font-size: 1.2rem; }
        .card-name a { color: var(--text); text-decoration: none; }
        .card-name a:hover { color: var(--accent); }
        .card-tagline { margin: 0 0 0.4rem; font: 600 0.95rem/1.4 var(--sans); }
        .card-excerpt { margin: 0; font-size: 1rem; line-height: 1.5; }

        .profile-header { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; margin-bottom: 1.5rem; }
        .profile-photo { width: 10rem; height: 10rem; object-fit: cover; border-radius: 50%; flex: none; }
        .profile-number { margin: 0 0 0.4rem; font: 0.95rem/1.4 var(--sans); color: var(--muted); }
        .profile-tagline { margin: 0.25rem 0; font: 600 1.15rem/1.4 var(--sans); }
        .profile-location { margin: 0.25rem 0; color: var(--muted); }
        .tags { list-style: none; padding: 0; margin: 0.75rem 0 0; display: flex; flex-wrap: wrap; gap: 0.4rem; font: 0.85rem/1.2 var(--sans); }
        .tags a { display: inline-block; padding: 0.3rem 0.7rem; border-radius: 999px; background: var(--accent-soft); text-decoration: none; }
        .toc { background: var(--panel); border-radius: 10px; padding: 0.5rem 1.25rem 0.75rem; margin: 1.5rem 0; max-width: var(--measure); font-family: var(--sans); font-size: 0.95rem; }
        .toc h2 { margin: 0.5rem 0; font-size: 1rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
        .toc ol { margin: 0; padding-left: 1.25rem; }
        .toc .toc-level-3 { margin-left: 1rem; list-style: circle; }
        .facts { padding-left: 1.25rem; }
        .facts li { margin: 0.3rem 0; }
        .fact-main { font-weight: 600; }
        .mentions { border-top: 1px solid var(--line); margin-top: 2.5rem; }
        .pager { display: flex; justify-content: space-between; gap: 1rem; margin-top: 3rem; padding-top: 1.25rem; border-top: 1px solid var(--line); font-family: var(--sans); }
        .pager a { text-decoration: none; max-width: 48%; }
        .pager span { display: block; font-size: 0.85rem; color: var(--muted); }
        .pager-next { margin-left: auto; text-align: right; }

        .letters ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.35rem; font-family: var(--sans); }
        .letters a { display: inline-block; min-width: 2.2rem; padding: 0.35rem 0; text-align: center; border-radius: 6px; background: var(--panel); text-decoration: none; font-weight: 600; }
        .letter-group h2 { border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
        .index-list, .topic-list { list-style: none; padding: 0; }
        .index-list li, .topic-list li { padding: 0.3rem 0; }
        .topic-list { columns: 16rem auto; column-gap: 2rem; max-width: none; }
        .count { font: 0.85rem var(--sans); }
        .series-list { list-style: none; padding: 0; }
        .series-list li { display: grid; grid-template-columns: 3rem 1fr; column-gap: 0.75rem; padding: 0.35rem 0; border-bottom: 1px solid var(--line); }
        .series-list time { grid-column: 2; font-size: 0.9rem; }
        .series-number { font: 700 1rem var(--sans); color: var(--muted); text-align: right; }

        .site-footer { border-top: 1px solid var(--line); color: var(--muted); font: 0.95rem/1.5 var(--sans); padding: 1.5rem 0 2.5rem; }
        @media (max-width: 40rem) {
          body { font-size: 1.05rem; }
          .profile-photo { width: 7rem; height: 7rem; }
          .pager { flex-direction: column; }
          .pager a { max-width: none; }
          .pager-next { text-align: left; margin-left: 0; }
        }

        """#
}

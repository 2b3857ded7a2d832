extension DefaultTemplates {
    /// The HTML shell every page extends (`{{<layout}}{{$content}}…{{/content}}{{/layout}}`).
    static let layout = #"""
        <!DOCTYPE html>
        <html lang="{{site.language}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{page.title}}{{^page.isHome}} · {{site.title}}{{/page.isHome}}</title>
        {{#page.description}}
        <meta name="description" content="{{page.description}}">
        {{/page.description}}
        <link rel="canonical" href="{{page.url}}">
        <link rel="stylesheet" href="{{site.root}}assets/folio.css">
        <link rel="alternate" type="application/atom+xml" title="{{site.title}}" href="{{site.feedURL}}">
        <meta property="og:title" content="{{page.title}}">
        <meta property="og:url" content="{{page.url}}">
        {{#page.image}}
        <meta property="og:image" content="{{page.image}}">
        {{/page.image}}
        {{$head}}{{/head}}
        </head>
        <body class="kind-{{page.kind}}">
        <a class="skip-link" href="#main">Skip to content</a>
        {{>header}}
        <main id="main" class="wrap">
        {{$content}}{{/content}}
        </main>
        {{>footer}}
        </body>
        </html>

        """#

    static let header = #"""
        <header class="site-header">
        <div class="wrap">
        <a class="site-title" href="{{site.root}}">{{site.title}}</a>
        <nav aria-label="Site">
        <ul>
        <li><a href="{{site.root}}people/">People A–Z</a></li>
        <li><a href="{{site.root}}topics/">Topics</a></li>
        <li><a href="{{site.root}}series/">Series</a></li>
        {{#site.pages}}
        <li><a href="{{url}}">{{title}}</a></li>
        {{/site.pages}}
        </ul>
        </nav>
        </div>
        </header>

        """#

    static let footer = #"""
        <footer class="site-footer">
        <div class="wrap">
        {{#site.author}}
        <p class="author">{{site.title}} is written by {{#url}}<a href="{{url}}">{{name}}</a>{{/url}}{{^url}}{{name}}{{/url}}.{{#bio}} {{bio}}{{/bio}}</p>
        {{/site.author}}
        <p><a href="{{site.feedURL}}">Atom feed</a> · <a href="{{site.root}}series/">All {{site.profileCount}} profiles</a></p>
        </div>
        </footer>

        """#

    /// A profile as a card: home, topic pages.
    static let card = #"""
        <article class="card">
        {{#photo}}
        <a class="card-photo" href="{{url}}" tabindex="-1" aria-hidden="true"><img src="{{photo.url}}" alt="" loading="lazy" width="96" height="96"></a>
        {{/photo}}
        <div class="card-text">
        <p class="card-number">No. {{number}} · <time datetime="{{dateISO}}">{{dateReadable}}</time></p>
        <h3 class="card-name"><a href="{{url}}">{{name}}</a></h3>
        {{#tagline}}
        <p class="card-tagline">{{tagline}}</p>
        {{/tagline}}
        {{#excerpt}}
        <p class="card-excerpt">{{excerpt}}</p>
        {{/excerpt}}
        </div>
        </article>

        """#

    /// An alias: a small page that sends readers on to the new address.
    static let redirect = #"""
        <!DOCTYPE html>
        <html lang="{{site.language}}">
        <head>
        <meta charset="utf-8">
        <title>{{target.title}} · {{site.title}}</title>
        <link rel="canonical" href="{{target.absoluteURL}}">
        <meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url={{target.url}}">
        </head>
        <body>
        <p>This page has moved to <a href="{{target.url}}">{{target.title}}</a>.</p>
        </body>
        </html>

        """#
}

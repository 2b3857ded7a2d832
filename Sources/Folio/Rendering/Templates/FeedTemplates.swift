extension DefaultTemplates {
    /// Atom 1.0. Values are escaped for XML by the same escaping as HTML.
    static let feed = #"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{{site.language}}">
        <title>{{site.title}}</title>
        {{#site.description}}
        <subtitle>{{site.description}}</subtitle>
        {{/site.description}}
        <link href="{{site.baseURL}}"/>
        <link rel="self" href="{{site.feedURL}}"/>
        <id>{{site.baseURL}}</id>
        <updated>{{updated}}</updated>
        {{#site.author}}
        <author><name>{{name}}</name>{{#url}}<uri>{{url}}</uri>{{/url}}</author>
        {{/site.author}}
        <generator>Folio</generator>
        {{#entries}}
        <entry>
        <title>{{title}}</title>
        <link href="{{absoluteURL}}"/>
        <id>{{absoluteURL}}</id>
        <published>{{dateISO}}</published>
        <updated>{{dateISO}}</updated>
        {{#excerpt}}
        <summary>{{excerpt}}</summary>
        {{/excerpt}}
        <content type="html" xml:base="{{absoluteURL}}">{{body}}</content>
        {{#topics}}
        <category term="{{name}}"/>
        {{/topics}}
        </entry>
        {{/entries}}
        </feed>

        """#

    static let sitemap = #"""
        <?xml version="1.0" encoding="utf-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        {{#urls}}
        <url><loc>{{loc}}</loc>{{#lastmod}}<lastmod>{{lastmod}}</lastmod>{{/lastmod}}</url>
        {{/urls}}
        </urlset>

        """#

    /// `sitemap.xml` of a site with more URLs than one sitemap file may hold.
    static let sitemapIndex = #"""
        <?xml version="1.0" encoding="utf-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        {{#sitemaps}}
        <sitemap><loc>{{loc}}</loc></sitemap>
        {{/sitemaps}}
        </sitemapindex>

        """#
}

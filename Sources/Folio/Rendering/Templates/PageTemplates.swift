extension DefaultTemplates {
    static let home = #"""
        {{<layout}}
        {{$content}}
        <section class="intro">
        <h1>{{site.title}}</h1>
        {{#site.description}}
        <p class="lead">{{site.description}}</p>
        {{/site.description}}
        <p class="intro-links"><a href="{{site.root}}people/">Everyone, A–Z</a> · <a href="{{site.root}}topics/">{{topicCount}} topics</a> · <a href="{{site.root}}series/">The whole series</a></p>
        </section>
        <section aria-labelledby="latest">
        <h2 id="latest">Latest profiles</h2>
        <div class="cards">
        {{#latest}}
        {{{cardHTML}}}
        {{/latest}}
        </div>
        {{^latest}}
        <p>No profiles yet.</p>
        {{/latest}}
        </section>
        {{/content}}
        {{/layout}}

        """#

    static let person = #"""
        {{<layout}}
        {{$content}}
        <article class="profile h-card">
        <header class="profile-header">
        {{#person.photo}}
        <img class="profile-photo u-photo" src="{{url}}" alt="{{alt}}" width="160" height="160">
        {{/person.photo}}
        <div>
        <p class="profile-number">No. {{person.number}} of {{person.seriesTotal}} · <time datetime="{{person.dateISO}}">{{person.dateReadable}}</time> · {{person.readingMinutes}} min read</p>
        <h1 class="p-name">{{person.title}}</h1>
        {{#person.tagline}}
        <p class="profile-tagline p-note">{{person.tagline}}</p>
        {{/person.tagline}}
        {{#person.location}}
        <p class="profile-location p-locality">{{person.location}}</p>
        {{/person.location}}
        {{#person.hasTopics}}
        <ul class="tags" aria-label="Topics">
        {{#person.topics}}
        <li><a href="{{url}}">{{name}}</a></li>
        {{/person.topics}}
        </ul>
        {{/person.hasTopics}}
        </div>
        </header>
        {{#person.hasToc}}
        <nav class="toc" aria-labelledby="contents">
        <h2 id="contents">Contents</h2>
        <ol>
        {{#person.toc}}
        <li class="toc-level-{{level}}"><a href="#{{id}}">{{text}}</a></li>
        {{/person.toc}}
        </ol>
        </nav>
        {{/person.hasToc}}
        <div class="profile-body">
        {{{person.body}}}
        </div>
        {{#person.hasEducation}}
        <section aria-labelledby="education">
        <h2 id="education">Education</h2>
        <ul class="facts">
        {{#person.education}}
        <li>{{#degree}}<span class="fact-main">{{degree}}</span>, {{/degree}}{{school}}{{#year}} <span class="fact-year">({{year}})</span>{{/year}}</li>
        {{/person.education}}
        </ul>
        </section>
        {{/person.hasEducation}}
        {{#person.hasAwards}}
        <section aria-labelledby="awards">
        <h2 id="awards">Awards</h2>
        <ul class="facts">
        {{#person.awards}}
        <li><span class="fact-main">{{name}}</span>{{#by}}, {{by}}{{/by}}{{#year}} <span class="fact-year">({{year}})</span>{{/year}}</li>
        {{/person.awards}}
        </ul>
        </section>
        {{/person.hasAwards}}
        {{#person.hasBooks}}
        <section aria-labelledby="books">
        <h2 id="books">Books</h2>
        <ul class="facts">
        {{#person.books}}
        <li>{{#url}}<a href="{{url}}"><cite>{{title}}</cite></a>{{/url}}{{^url}}<cite>{{title}}</cite>{{/url}}{{#year}} <span class="fact-year">({{year}})</span>{{/year}}</li>
        {{/person.books}}
        </ul>
        </section>
        {{/person.hasBooks}}
        {{#person.hasLinks}}
        <section aria-labelledby="links">
        <h2 id="links">Links</h2>
        <ul class="facts">
        {{#person.links}}
        <li><a class="u-url" href="{{url}}">{{label}}</a></li>
        {{/person.links}}
        </ul>
        </section>
        {{/person.hasLinks}}
        {{#person.hasMentions}}
        <section class="mentions" aria-labelledby="mentioned-in">
        <h2 id="mentioned-in">Mentioned in</h2>
        <ul>
        {{#person.mentionedIn}}
        <li><a href="{{url}}">{{name}}</a> <span class="fact-year">(No. {{number}})</span></li>
        {{/person.mentionedIn}}
        </ul>
        </section>
        {{/person.hasMentions}}
        </article>
        <nav class="pager" aria-label="Series">
        {{#person.previous}}
        <a class="pager-prev" rel="prev" href="{{url}}"><span>← No. {{number}}</span> {{name}}</a>
        {{/person.previous}}
        {{#person.next}}
        <a class="pager-next" rel="next" href="{{url}}"><span>No. {{number}} →</span> {{name}}</a>
        {{/person.next}}
        </nav>
        {{/content}}
        {{/layout}}

        """#

    static let people = #"""
        {{<layout}}
        {{$content}}
        <h1>People A–Z</h1>
        <p class="lead">{{count}} people, by family name.</p>
        <nav class="letters" aria-label="Initial letters">
        <ul>
        {{#groups}}
        <li><a href="#letter-{{anchor}}">{{letter}}</a></li>
        {{/groups}}
        </ul>
        </nav>
        {{#groups}}
        <section class="letter-group" aria-labelledby="letter-{{anchor}}">
        <h2 id="letter-{{anchor}}">{{letter}}</h2>
        <ul class="index-list">
        {{#people}}
        <li><a href="{{url}}">{{sortName}}</a>{{#tagline}} <span class="index-note">— {{tagline}}</span>{{/tagline}} <span class="fact-year">No. {{number}}</span></li>
        {{/people}}
        </ul>
        </section>
        {{/groups}}
        {{/content}}
        {{/layout}}

        """#

    static let topics = #"""
        {{<layout}}
        {{$content}}
        <h1>Topics</h1>
        <p class="lead">{{count}} topics across the series.</p>
        <ul class="topic-list">
        {{#topics}}
        <li><a href="{{url}}">{{name}}</a> <span class="count">{{profileCount}}</span></li>
        {{/topics}}
        </ul>
        {{/content}}
        {{/layout}}

        """#

    static let topic = #"""
        {{<layout}}
        {{$content}}
        <h1>{{topic.name}}</h1>
        <p class="lead">{{topic.profileCount}} {{topic.profileWord}} in the series.</p>
        {{#topic.description}}
        <div class="topic-description">
        {{{topic.description}}}
        </div>
        {{/topic.description}}
        <div class="cards">
        {{#topic.people}}
        {{{cardHTML}}}
        {{/topic.people}}
        </div>
        {{#topic.hasRelated}}
        <section aria-labelledby="related">
        <h2 id="related">Related topics</h2>
        <ul class="tags">
        {{#topic.related}}
        <li><a href="{{url}}">{{name}}</a></li>
        {{/topic.related}}
        </ul>
        </section>
        {{/topic.hasRelated}}
        {{/content}}
        {{/layout}}

        """#

    static let series = #"""
        {{<layout}}
        {{$content}}
        <h1>The series</h1>
        <p class="lead">All {{count}} profiles, by number.</p>
        {{#years}}
        <section aria-labelledby="year-{{year}}">
        <h2 id="year-{{year}}">{{year}}</h2>
        <ol class="series-list">
        {{#people}}
        <li value="{{number}}"><span class="series-number">{{number}}</span> <a href="{{url}}">{{name}}</a>{{#tagline}} <span class="index-note">— {{tagline}}</span>{{/tagline}} <time datetime="{{dateISO}}">{{dateReadable}}</time></li>
        {{/people}}
        </ol>
        </section>
        {{/years}}
        {{/content}}
        {{/layout}}

        """#

    static let page = #"""
        {{<layout}}
        {{$content}}
        <article class="standalone">
        <h1>{{standalone.title}}</h1>
        {{{standalone.body}}}
        </article>
        {{/content}}
        {{/layout}}

        """#

    static let notFound = #"""
        {{<layout}}
        {{$content}}
        <h1>Page not found</h1>
        <p class="lead">There is no page at this address. It may have moved.</p>
        <p><a href="{{site.root}}">Home</a> · <a href="{{site.root}}people/">People A–Z</a> · <a href="{{site.root}}series/">The whole series</a></p>
        {{/content}}
        {{/layout}}

        """#
}

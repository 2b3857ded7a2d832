import FolioMustache

/// The context of a person's page (`person.mustache`).
extension SiteContext {
    func personPage(_ person: Person) -> Context {
        let profile = person.profile
        var block = card(person.position)
        block.add(.seriesTotal, site.people.count)
        block.add(.readingMinutes, person.readingMinutes)
        block[.body] = .text(profile.body.markdown.html)  // present even when empty, unlike optional fields
        block.add(
            .photo,
            profile.photo.map { photo in
                var values = Context(minimumCapacity: 2)
                values.add(.url, root + photo.sitePath)
                values.add(.alt, "Portrait of \(profile.name)")
                return values
            })
        block.add(.hasTopics, !person.topicSlugs.isEmpty)

        // Typed `add`s (the rules of `context(_:)`, without boxing each value).
        func record(_ first: (TemplateKey, String?), _ second: (TemplateKey, String?), year: Int?) -> Context {
            var entry = Context(minimumCapacity: 3)
            entry.add(first.0, first.1)
            entry.add(second.0, second.1)
            entry.add(.year, year)
            return entry
        }
        let education = profile.education.map { record((.school, $0.school), (.degree, $0.degree), year: $0.year) }
        let awards = profile.awards.map { record((.name, $0.name), (.by, $0.by), year: $0.year) }
        let books = profile.books.map { record((.title, $0.title), (.url, $0.url), year: $0.year) }
        let links = profile.links.map { record((.label, $0.label), (.url, $0.url), year: nil) }
        block.add(.education, education)
        block.add(.awards, awards)
        block.add(.books, books)
        block.add(.links, links)
        block.add(.hasEducation, !education.isEmpty)
        block.add(.hasAwards, !awards.isEmpty)
        block.add(.hasBooks, !books.isEmpty)
        block.add(.hasLinks, !links.isEmpty)

        func tocEntry(id: String, text: String, level: Int) -> Context {
            var entry = Context(minimumCapacity: 3)
            entry.add(.id, id)
            entry.add(.text, text)
            entry.add(.level, level)
            return entry
        }
        var toc: [Context] = profile.body.markdown.headings.filter { $0.level == 2 || $0.level == 3 }.map {
            tocEntry(id: $0.id, text: $0.text, level: $0.level)
        }
        for (present, id, text) in [
            (!education.isEmpty, "education", "Education"), (!awards.isEmpty, "awards", "Awards"),
            (!books.isEmpty, "books", "Books"), (!links.isEmpty, "links", "Links"),
        ] where present {
            toc.append(tocEntry(id: id, text: text, level: 2))
        }
        block.add(.toc, toc)
        block.add(.hasToc, toc.count >= 2)

        let mentions = person.mentionedIn.map { card($0) }
        block.add(.mentionedIn, mentions)
        block.add(.hasMentions, !mentions.isEmpty)
        block.add(.previous, person.previous.map { card($0) })
        block.add(.next, person.next.map { card($0) })

        var values = base(
            pageBlock(
                title: profile.title, path: Permalink.person(profile.slug), kind: "person",
                description: profile.tagline.map { "\($0). \(profile.summary)" } ?? profile.summary,
                image: profile.photo.map { site.config.absoluteURL($0.sitePath) }))
        values.add(.person, block)
        return values
    }
}

import FolioMustache

/// The context of a person's page (`person.mustache`).
extension SiteContext {
    func personPage(_ person: Person) -> Context {
        let profile = person.profile
        var block = card(person.position)
        block.reserveCapacity(block.count + 18)  // the names added below: one copy of the card
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
        func record(_ first: (TemplateKey, String?), _ second: (TemplateKey, String?), year: Int?) -> TemplateValue {
            var entry = Context(minimumCapacity: 3)
            entry.add(first.0, first.1)
            entry.add(second.0, second.1)
            entry.add(.year, year)
            return .object(entry)
        }
        let education = profile.education.map { record((.school, $0.school), (.degree, $0.degree), year: $0.year) }
        let awards = profile.awards.map { record((.name, $0.name), (.by, $0.by), year: $0.year) }
        let books = profile.books.map { record((.title, $0.title), (.url, $0.url), year: $0.year) }
        let links = profile.links.map { record((.label, $0.label), (.url, $0.url), year: nil) }
        block.add(.education, items: education)
        block.add(.awards, items: awards)
        block.add(.books, items: books)
        block.add(.links, items: links)
        block.add(.hasEducation, !education.isEmpty)
        block.add(.hasAwards, !awards.isEmpty)
        block.add(.hasBooks, !books.isEmpty)
        block.add(.hasLinks, !links.isEmpty)

        func tocEntry(id: String, text: String, level: Int) -> TemplateValue {
            var entry = Context(minimumCapacity: 3)
            entry.add(.id, id)
            entry.add(.text, text)
            entry.add(.level, level)
            return .object(entry)
        }
        let headings = profile.body.markdown.headings
        var toc: [TemplateValue] = []
        toc.reserveCapacity(headings.count + 4)
        for heading in headings where heading.level == 2 || heading.level == 3 {
            toc.append(tocEntry(id: heading.id, text: heading.text, level: heading.level))
        }
        for (present, id, text) in [
            (!education.isEmpty, "education", "Education"), (!awards.isEmpty, "awards", "Awards"),
            (!books.isEmpty, "books", "Books"), (!links.isEmpty, "links", "Links"),
        ] where present {
            toc.append(tocEntry(id: id, text: text, level: 2))
        }
        block.add(.toc, items: toc)
        block.add(.hasToc, toc.count >= 2)

        let mentions = person.mentionedIn.map { TemplateValue.object(card($0)) }
        block.add(.mentionedIn, items: mentions)
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

import FolioMustache

/// The context of a person's page (`person.mustache`).
extension SiteContext {
    func personPage(_ person: Person) -> Context {
        let profile = person.profile
        var block = card(person.position)
        block["seriesTotal"] = .number(site.people.count)
        block["readingMinutes"] = .number(person.readingMinutes)
        block["body"] = .text(profile.body.markdown.html)
        block["photo"] = profile.photo.map {
            .object(context(["url": root + $0.sitePath, "alt": "Portrait of \(profile.name)"]))
        }
        block["hasTopics"] = .bool(!person.topicSlugs.isEmpty)

        let education: [Context] = profile.education.map {
            context(["school": $0.school, "degree": $0.degree, "year": $0.year])
        }
        let awards: [Context] = profile.awards.map { context(["name": $0.name, "by": $0.by, "year": $0.year]) }
        let books: [Context] = profile.books.map { context(["title": $0.title, "year": $0.year, "url": $0.url]) }
        let links: [Context] = profile.links.map { context(["label": $0.label, "url": $0.url]) }
        block["education"] = education.templateValue
        block["awards"] = awards.templateValue
        block["books"] = books.templateValue
        block["links"] = links.templateValue
        block["hasEducation"] = .bool(!education.isEmpty)
        block["hasAwards"] = .bool(!awards.isEmpty)
        block["hasBooks"] = .bool(!books.isEmpty)
        block["hasLinks"] = .bool(!links.isEmpty)

        var toc: [Context] = profile.body.markdown.headings.filter { $0.level == 2 || $0.level == 3 }.map {
            context(["id": $0.id, "text": $0.text, "level": $0.level])
        }
        for (present, id, text) in [
            (!education.isEmpty, "education", "Education"), (!awards.isEmpty, "awards", "Awards"),
            (!books.isEmpty, "books", "Books"), (!links.isEmpty, "links", "Links"),
        ] where present {
            toc.append(context(["id": id, "text": text, "level": 2]))
        }
        block["toc"] = toc.templateValue
        block["hasToc"] = .bool(toc.count >= 2)

        let mentions = person.mentionedIn.map { card($0) }
        block["mentionedIn"] = mentions.templateValue
        block["hasMentions"] = .bool(!mentions.isEmpty)
        block["previous"] = person.previous.map { .object(card($0)) }
        block["next"] = person.next.map { .object(card($0)) }

        var values = base(
            pageBlock(
                title: profile.title, path: Permalink.person(profile.slug), kind: "person",
                description: profile.tagline.map { "\($0). \(profile.summary)" } ?? profile.summary,
                image: profile.photo.map { site.config.absoluteURL($0.sitePath) }))
        values["person"] = .object(block)
        return values
    }
}

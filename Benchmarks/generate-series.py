#!/usr/bin/env python3
"""Writes a synthetic profile series, deterministic from a seed, shaped like real profiles.

usage: generate-series.py OUT_DIR COUNT [--seed N]

OUT_DIR gets Content/site.yml, Content/people/*.md (3-6 KB bodies with headings, lists,
emphasis, code, quotes, external links and links to other profiles) and Content/topics/*.md.
"""
import argparse
import os
import random

GIVEN = ("Ada Ben Cleo Dara Emil Faye Gus Hana Ivo Jun Kira Lev Mina Nils Oona Pia Quin Rosa Sami Teo "
         "Uma Vito Wren Xena Yuki Zane Aiko Bram Cato Dov Elin Fenn Gala Hugo Isla Jory Kai Lior Mael Nia").split()
FAMILY = ("Abbot Brandt Costa Duval Eriksen Ferro Gallo Hale Iversen Janssen Kowal Lindqvist Moreau Novak "
          "Okafor Petrov Quist Rossi Sato Tanaka Ulloa Varga Weber Xu Yilmaz Zeller Öztürk Ávila Brønn Çelik").split()
WORDS = ("learning work community knowledge practice team network design course mentor story habit tool "
         "question answer feedback change skill craft people manager workshop practice insight measure "
         "habit signal pattern method guide coach library archive forum wiki chat review").split()


def sentence(rng, links=()):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    if rng.random() < 0.3:
        i = rng.randrange(len(words))
        words[i] = "*" + words[i] + "*"
    if rng.random() < 0.15:
        i = rng.randrange(len(words))
        words[i] = "`" + words[i] + "`"
    if rng.random() < 0.2:
        i = rng.randrange(len(words))
        words[i] = "[" + words[i] + "](https://example.org/" + words[i] + ")"
    if links and rng.random() < 0.25:
        i = rng.randrange(len(words))
        words[i] = "[" + words[i] + "](" + rng.choice(links) + ".md)"
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraph(rng, links):
    return " ".join(sentence(rng, links) for _ in range(rng.randint(3, 6)))


def body(rng, links):
    parts = [paragraph(rng, links)]
    for heading in ("Background", "Ideas and work", "In their own words", "Articles by others"):
        parts.append("## " + heading)
        for _ in range(rng.randint(1, 3)):
            parts.append(paragraph(rng, links))
        if heading == "In their own words":
            parts.append("> " + sentence(rng))
        if heading == "Articles by others":
            parts.append("\n".join("- [" + sentence(rng)[:-1] + "](https://example.org/a/" + str(rng.randint(1, 10**6)) + ")"
                                   for _ in range(rng.randint(2, 5))))
        if rng.random() < 0.2:
            parts.append("```\n" + sentence(rng) + "\n```")
    return "\n\n".join(parts) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    topics = ["Topic %02d %s" % (i, rng.choice(WORDS).title()) for i in range(60)]
    people = []
    seen = set()
    for n in range(1, args.count + 1):
        while True:
            name = "%s %s %s" % (rng.choice(GIVEN), rng.choice(GIVEN)[0] + ".", rng.choice(FAMILY))
            name = name + " " + str(n) if name in seen else name
            if name not in seen:
                break
        seen.add(name)
        people.append((n, name, "p%06d" % n))
    content = os.path.join(args.out, "Content")
    os.makedirs(os.path.join(content, "people"), exist_ok=True)
    os.makedirs(os.path.join(content, "topics"), exist_ok=True)
    with open(os.path.join(content, "site.yml"), "w") as f:
        f.write("title: Synthetic Series\ndescription: Generated for benchmarks.\nbase_url: https://example.org/s/\n"
                "author:\n  name: Bench Writer\n  url: https://example.org/\n")
    for topic in topics[:10]:
        slug = topic.lower().replace(" ", "-")
        with open(os.path.join(content, "topics", slug + ".md"), "w") as f:
            f.write("---\nname: %s\n---\n\n%s\n" % (topic, sentence(rng)))
    slugs = [p[2] for p in people]
    for number, name, slug in people:
        year = 2000 + number * 25 // max(args.count, 1)
        date = "%04d-%02d-%02d" % (year, rng.randint(1, 12), rng.randint(1, 28))
        chosen = rng.sample(topics, rng.randint(2, 5))
        front = ["---", "name: \"%s\"" % name, "number: %d" % number, "date: %s" % date,
                 "topics: [%s]" % ", ".join(chosen),
                 "tagline: \"%s\"" % sentence(rng)[:60].rstrip("."),
                 "location: City %d" % rng.randint(1, 500),
                 "links:", "  - label: Website", "    url: https://example.org/%s" % slug,
                 "education:", "  - school: University %d" % rng.randint(1, 80), "    degree: MA", "    year: %d" % rng.randint(1960, 2015),
                 "awards:", "  - name: Award %d" % rng.randint(1, 40), "    by: Society %d" % rng.randint(1, 20), "    year: %d" % rng.randint(1990, 2024),
                 "---", ""]
        others = [s for s in rng.sample(slugs, min(3, len(slugs))) if s != slug]
        with open(os.path.join(content, "people", slug + ".md"), "w") as f:
            f.write("\n".join(front) + "\n" + body(rng, others))


if __name__ == "__main__":
    main()

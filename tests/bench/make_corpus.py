#!/usr/bin/env python3
"""Builds a benchmark corpus of SIZE_MB megabytes (10^6 bytes) of JSON Lines
from the project's own example articles (tests/data/articles/*.txt and the
article text of tests/data/html/*.html), varied so that no two articles
are the same text: each article takes a headline and dateline paragraph
from one example, then paragraphs whose sentences are shuffled across all
examples, and every person, country and city the gazetteer knows is
replaced, consistently within the article, by another one of the same
type from ontology/gazetteer.tsv (surnames and "Mr. X" follow).  Dates
vary over 2015-2025.  Deterministic: the same seed gives the same bytes.

With --general UD_DIR it makes a general-news mix instead: one article in
ten is such a diplomacy article, the other nine are assembled from the
sentences of the Universal Dependencies treebanks under UD_DIR (their
"# text =" lines: EWT's web text, PUD's news and Wikipedia), a headline
sentence and 3-6 paragraphs of 2-5 consecutive sentences, so most text
has no meeting in it, as in a news feed.

    make_corpus.py SIZE_MB OUT.jsonl [--seed N] [--general UD_DIR]

Writes OUT.jsonl and OUT.jsonl.meta ("records N", "bytes N",
"text_bytes N": the UTF-8 bytes of the "text" fields, "diplomatic N").
"""
import argparse
import html
import json
import os
import random
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "tests", "data")


def page_text(path):
    """The <h1>/<h2>/<p> text of a test page (crude, but these are ours)."""
    with open(path, encoding="utf-8") as f:
        doc = f.read()
    m = re.search(r"<article.*?</article>", doc, re.S) or re.search(r"<body.*?</body>", doc, re.S)
    body = m.group(0) if m else doc
    body = re.sub(r"<(aside|footer|figure|nav|script|style|form)\b.*?</\1>", "", body, flags=re.S)
    parts = re.findall(r"<(?:h1|h2|p)\b[^>]*>(.*?)</(?:h1|h2|p)>", body, re.S)
    out = []
    for p in parts:
        t = html.unescape(re.sub(r"<[^>]+>", " ", p))
        t = re.sub(r"\s+", " ", t).strip()
        if len(t) > 20:
            out.append(t)
    return out


def examples():
    arts = []
    adir = os.path.join(DATA, "articles")
    for name in sorted(os.listdir(adir)):
        if name.endswith(".txt"):
            with open(os.path.join(adir, name), encoding="utf-8") as f:
                paras = [p.strip() for p in f.read().split("\n\n") if p.strip()]
            arts.append(paras)
    hdir = os.path.join(DATA, "html")
    for name in sorted(os.listdir(hdir)):
        if name.endswith(".html"):
            paras = page_text(os.path.join(hdir, name))
            if len(paras) >= 2:
                arts.append(paras)
    return arts


SENT = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])")
ABBREV = ("Mr.", "Mrs.", "Ms.", "Dr.", "U.S.", "U.N.", "St.")


def sentences(par):
    parts = SENT.split(par)
    out = []
    for p in parts:  # glue back splits after abbreviations
        if out and out[-1].endswith(ABBREV):
            out[-1] += " " + p
        else:
            out.append(p)
    return out


def gazetteer():
    pools = {"person": [], "country": [], "city": []}
    path = os.path.join(ROOT, "ontology", "gazetteer.tsv")
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 4 and cols[3] in pools:
                label = cols[1]
                if re.fullmatch(r"[^\W\d][\w .'\-]+", label):
                    pools[cols[3]].append(label)
    return pools


def ud_sentences(ud_dir):
    """The "# text =" sentences of every .conllu file under ud_dir, in file
    and sentence order."""
    out = []
    for base, _, files in sorted(os.walk(ud_dir)):
        for name in sorted(files):
            if name.endswith(".conllu"):
                with open(os.path.join(base, name), encoding="utf-8") as f:
                    out += [l[9:].strip() for l in f if l.startswith("# text = ")]
    return [s for s in out if len(s) > 1]


def general_article(rng, ud):
    """A headline and paragraphs of consecutive treebank sentences."""
    paras = [ud[rng.randrange(len(ud))]]
    for _ in range(rng.randint(3, 6)):
        i = rng.randrange(len(ud) - 5)
        paras.append(" ".join(ud[i:i + rng.randint(2, 5)]))
    return "\n\n".join(paras)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("size_mb", type=float)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--general", metavar="UD_DIR")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    ud = ud_sentences(a.general) if a.general else None
    if a.general and len(ud) < 100:
        ap.error("no treebank sentences under %s" % a.general)
    diplomatic = 0
    arts = examples()
    pools = gazetteer()
    # which example names to swap: every gazetteer label found in the examples
    alltext = "\n".join("\n".join(p) for p in arts)
    found = []
    for kind, labels in pools.items():
        for label in labels:
            if len(label) > 3 and re.search(r"\b" + re.escape(label) + r"\b", alltext):
                found.append((label, kind))
    found.sort(key=lambda x: -len(x[0]))  # longest first
    pattern = re.compile(r"\b(" + "|".join(re.escape(l) for l, _ in found) + r")\b")
    kind_of = dict(found)
    surnames = {l.split()[-1]: l for l, k in found if k == "person" and " " in l}
    sur_pat = re.compile(r"\b(" + "|".join(re.escape(s) for s in surnames) + r")\b")
    all_sents = [s for art in arts for par in art[2:] for s in sentences(par)]

    target = int(a.size_mb * 1e6)
    written = text_bytes = n = 0
    with open(a.out, "w", encoding="utf-8") as out:
        while written < target:
            n += 1
            if ud and n % 10:
                text = general_article(rng, ud)
                y, mo, d = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
                rec = {"id": "bench-%07d" % n, "date": "%04d-%02d-%02d" % (y, mo, d),
                       "url": "https://bench.example.org/news/%07d" % n, "text": text}
                line = json.dumps(rec, ensure_ascii=False) + "\n"
                out.write(line)
                written += len(line.encode("utf-8"))
                text_bytes += len(text.encode("utf-8"))
                continue
            diplomatic += 1
            base = arts[rng.randrange(len(arts))]
            paras = [base[0], base[1]]
            for _ in range(rng.randint(3, 6)):
                k = rng.randint(1, 4)
                paras.append(" ".join(rng.choice(all_sents) for _ in range(k)))
            text = "\n\n".join(paras)
            mapping = {}

            def swap_label(label):
                if label not in mapping:
                    mapping[label] = rng.choice(pools[kind_of[label]])
                return mapping[label]


            def swap_surname(m):
                full = surnames[m.group(1)]
                new = mapping.get(full) or rng.choice(pools["person"])
                mapping.setdefault(full, new)
                return new.split()[-1]

            # the full names first, then bare surnames ("Mr. Lavrov"), so
            # a surname follows its person; names just put in are left
            # alone (the split keeps them out of the second pass)
            pieces = pattern.split(text)
            for i in range(0, len(pieces), 2):
                pieces[i] = sur_pat.sub(swap_surname, pieces[i])
            for i in range(1, len(pieces), 2):
                pieces[i] = swap_label(pieces[i])
            text = "".join(pieces)
            y, mo, d = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
            rec = {"id": "bench-%07d" % n, "date": "%04d-%02d-%02d" % (y, mo, d),
                   "url": "https://bench.example.org/news/%07d" % n, "text": text}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            text_bytes += len(text.encode("utf-8"))
    with open(a.out + ".meta", "w") as f:
        f.write("records %d\nbytes %d\ntext_bytes %d\ndiplomatic %d\n"
                % (n, written, text_bytes, diplomatic))


if __name__ == "__main__":
    main()

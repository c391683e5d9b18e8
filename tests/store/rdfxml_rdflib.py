"""store.rdfxml: newskg's RDF/XML of every article read by rdflib (a strict
parser independent of raptor2) gives the same triples as its N-Triples,
and the odd article's names and text come through intact.
Usage: rdfxml_rdflib.py WORK"""
import os
import sys

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDFS

NKG = Namespace("https://w3id.org/newskg/ontology#")
WD = Namespace("http://www.wikidata.org/entity/")

work = sys.argv[1]
names = sorted(f[:-4] for f in os.listdir(work)
               if f.endswith(".rdf") and not f.startswith("all."))
assert len(names) >= 4, f"only {len(names)} articles in {work}"
failures = 0
for name in names:
    xml = Graph()
    xml.parse(os.path.join(work, name + ".rdf"), format="xml")
    nt = Graph()
    nt.parse(os.path.join(work, name + ".nt"), format="nt")
    a, b = set(xml), set(nt)
    if a != b:
        failures += 1
        print(f"FAIL: {name}: RDF/XML and N-Triples differ: "
              f"{len(a - b)} only in RDF/XML, {len(b - a)} only in N-Triples, "
              f"e.g. {next(iter(a - b or b - a))}")
    else:
        print(f"{name}: {len(a)} triples, RDF/XML = N-Triples")
    if name.startswith("odd names"):
        for s, o in [
            (WD.Q15397819, Literal('The "Blue\\Green" Dialogue Center', lang="en")),
            (WD.Q4115189, Literal("عبد الله الراشد", lang="en")),
            (WD.Q13406268, Literal("王小明", lang="en")),
        ]:
            if (s, RDFS.label, o) not in xml:
                failures += 1
                print(f"FAIL: {name}: label {o!r} of {s} not read back")
        quotes = set(xml.objects(None, NKG.quote))
        if Literal("useful, \\ not <final>") not in quotes:
            failures += 1
            print(f"FAIL: {name}: quote not read back: {quotes}")
        doc = URIRef("https://w3id.org/newskg/data/doc/odd/odd%20names%20%231%2050%25.txt")
        if not any(str(s).startswith(str(doc) + "#char=0,") for s in xml.subjects()):
            failures += 1
            print(f"FAIL: {name}: no context of {doc}")
if failures:
    sys.exit(f"store.rdfxml: {failures} check(s) failed")
print("store.rdfxml: all checks passed")

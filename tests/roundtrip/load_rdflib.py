"""Reads one newskg run in every RDF syntax back with rdflib and checks that
the syntaxes agree: the same number of triples in Turtle, N-Triples,
N-Quads and RDF/XML; in N-Quads exactly one named graph, named by the
document's IRI; and a nkg:Meeting with two participants in each.
Usage: load_rdflib.py OUT.turtle OUT.ntriples OUT.nquads OUT.rdfxml
(the syntax is told by the file's extension)."""
import os
import sys

from rdflib import Dataset, Graph, Namespace, URIRef
from rdflib.namespace import RDF

NKG = Namespace("https://w3id.org/newskg/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SYNTAX = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "rdfxml": "xml"}


def meetings_with_two_participants(g):
    return [
        e
        for e in set(g.subjects(RDF.type, NKG.Meeting))
        if len(set(g.objects(e, NKG.participant))) >= 2
    ]


counts = {}
for path in sys.argv[1:]:
    fmt = os.path.splitext(path)[1][1:]
    assert fmt in SYNTAX, f"{path}: unknown syntax '{fmt}'"
    if fmt == "nquads":
        ds = Dataset()
        ds.parse(path, format=SYNTAX[fmt])
        named = [c for c in ds.contexts() if len(c) > 0]
        assert len(named) == 1, f"nquads: {len(named)} non-empty graphs, want 1"
        graph = named[0]
        name = graph.identifier
        assert isinstance(name, URIRef), f"nquads: graph name {name!r} is no IRI"
        assert name.startswith("https://w3id.org/newskg/data/doc/"), (
            f"nquads: graph name {name} is no document IRI")
        # the graph is named by the document whose NIF context it holds
        contexts = set(graph.subjects(RDF.type, NIF.Context))
        assert len(contexts) == 1, f"nquads: {len(contexts)} nif:Context"
        ctx = str(next(iter(contexts)))
        assert ctx.startswith(str(name) + "#char=0,"), (
            f"nquads: graph {name} holds the context of {ctx}")
        # (rdflib gives a quad's graph as its name, or None for the
        # default graph; older versions as the Graph itself)
        for q in ds.quads((None, None, None, None)):
            g = getattr(q[3], "identifier", q[3])
            assert g == name, f"nquads: a quad in graph {g}, not {name}"
        counts[fmt] = len(graph)
    else:
        graph = Graph()
        graph.parse(path, format=SYNTAX[fmt])
        counts[fmt] = len(graph)
    assert counts[fmt] > 0, f"{fmt}: no triples"
    found = meetings_with_two_participants(graph)
    assert found, f"{fmt}: no nkg:Meeting with two nkg:participant"

assert set(counts) == set(SYNTAX), f"formats read: {sorted(counts)}"
assert len(set(counts.values())) == 1, f"triple counts differ: {counts}"
print(f"rdflib: {counts['ntriples']} triples in each of "
      f"{', '.join(sorted(counts))}; one named graph in N-Quads")

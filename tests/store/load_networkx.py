"""store.networkx: every GraphML file newskg writes loads in networkx with
labels, types and QIDs; the events view as a directed graph, the actors
view as an undirected one whose weights count the meetings listed.
Usage: load_networkx.py WORK"""
import os
import sys

import networkx as nx

work = sys.argv[1]
files = sorted(f for f in os.listdir(work) if f.endswith(".graphml"))
assert len(files) >= 10, f"only {len(files)} GraphML files"
for f in files:
    g = nx.read_graphml(os.path.join(work, f))
    actors = f.endswith(".actors.graphml")
    assert g.number_of_nodes() > 0, f"{f}: no nodes"
    assert g.is_directed() != actors, f"{f}: directed={g.is_directed()}"
    for n, d in g.nodes(data=True):
        assert d.get("label") and d.get("type"), f"{f}: node {n} {d}"
        if d["iri"].startswith("http://www.wikidata.org/entity/"):
            assert d.get("wikidata") == d["iri"].rsplit("/", 1)[1], f"{f}: {n} QID"
        if actors:
            assert d["type"] in ("person", "country", "organization"), f"{f}: {n} {d}"
            assert isinstance(d["meetings"], int) and d["meetings"] > 0, f"{f}: {n} {d}"
    for u, v, d in g.edges(data=True):
        assert d.get("label"), f"{f}: edge {u}-{v} has no label"
        assert isinstance(d.get("weight"), float), f"{f}: edge {u}-{v} weight {d}"
        if actors:
            assert d["weight"] == len(d["meetings"].split()), f"{f}: {u}-{v} {d}"
    print(f"{f}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
# the odd article: names in every script, and one pair that met twice
g = nx.read_graphml(os.path.join(work, "odd names #1 50%.actors.graphml"))
labels = {d["label"] for _, d in g.nodes(data=True)}
for want in ("Олег Мирошниченко", "عبد الله الراشد", "王小明", "Zoë O'Brien-Łukasiewicz"):
    assert want in labels, f"odd actors: {want} missing from {labels}"
twice = [d for _, _, d in g.edges(data=True) if d["weight"] == 2.0]
assert len(twice) == 1 and twice[0]["dates"] == "2024-05-07;2024-05-08", twice
assert twice[0]["start"] == "2024-05-07" and twice[0]["end"] == "2024-05-08", twice
print("store.networkx: all checks passed")

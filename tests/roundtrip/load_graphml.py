"""Loads newskg GraphML with networkx and checks what Gephi/networkx users
rely on: every node has a label and a type, linked nodes carry their
Wikidata QID, edges carry their role as label, and the example article's
meeting links both participants.  Usage: load_graphml.py FILE.graphml"""
import sys

import networkx as nx

g = nx.read_graphml(sys.argv[1])
assert g.number_of_nodes() > 0, "no nodes"
assert g.number_of_edges() > 0, "no edges"
for n, d in g.nodes(data=True):
    assert d.get("label"), f"node {n} has no label"
    assert d.get("type"), f"node {n} has no type"
for u, v, d in g.edges(data=True):
    assert d.get("label"), f"edge {u}->{v} has no label"

by_qid = {d["wikidata"]: n for n, d in g.nodes(data=True) if d.get("wikidata")}
assert by_qid, "no node carries a wikidata attribute"
# example-summit.txt: Ilham Aliyev (Q57371) and Nikol Pashinyan (Q7035479)
# take part in one meeting.
for q in ("Q57371", "Q7035479"):
    assert q in by_qid, f"{q} missing"
events = [
    n
    for n in g.nodes
    if all(
        any(d.get("label") == "participant" for d in g.get_edge_data(n, by_qid[q], default={}).values())
        if g.is_multigraph()
        else (g.get_edge_data(n, by_qid[q]) or {}).get("label") == "participant"
        for q in ("Q57371", "Q7035479")
    )
]
assert events, "no meeting with both participants"
print(f"networkx: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, "
      f"{len(events)} meeting(s) of Q57371 and Q7035479")

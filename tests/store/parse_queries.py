"""store.queries.parse: every query shipped in ontology/queries/ parses and
translates to SPARQL algebra in rdflib, the federated Wikidata query
included (its SERVICE clause is parsed, never executed: no network).
Usage: parse_queries.py ontology/queries"""
import os
import sys

from rdflib.plugins.sparql import prepareQuery

qdir = sys.argv[1]
names = sorted(f for f in os.listdir(qdir) if f.endswith(".rq"))
assert "wikidata-federated.rq" in names, names
assert len(names) >= 6, names
for name in names:
    with open(os.path.join(qdir, name), encoding="utf-8") as f:
        text = f.read()
    q = prepareQuery(text)
    assert q.algebra.name == "SelectQuery", (name, q.algebra.name)
    if name == "wikidata-federated.rq":
        assert "SERVICE <https://query.wikidata.org/sparql>" in text
        assert "ServiceGraphPattern" in str(q.algebra), "no SERVICE in the algebra"
    print(f"{name}: parses ({', '.join(str(v) for v in q.algebra['PV'])})")
print("store.queries.parse: all checks passed")

#!/usr/bin/env python3
"""Writes the reader test inputs of this directory from the project's own
example articles and pages (tests/data/articles, tests/data/html):

  articles.jsonl  JSON Lines: text and html records, ids, urls, dates,
                  a record without id or url, a blank line
  malformed.jsonl three records, the second of them broken JSON
  crawl.warc      a small crawl as a news crawler writes it: warcinfo,
                  request, 2xx HTML responses (one chunked), an image, a
                  404 page, metadata, and a resource record

Run it again after changing the example articles; the outputs are
committed so the tests need no Python.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)


def read(*parts):
    with open(os.path.join(DATA, *parts), encoding="utf-8") as f:
        return f.read()


def jsonl():
    recs = [
        {"id": "summit", "date": "2024-03-15",
         "url": "https://news.example.org/2024/03/summit",
         "text": read("articles", "example-summit.txt")},
        {"id": 42, "date": "2024-05-16T09:00:00Z",
         "text": read("articles", "antalya-talks.txt")},
        {"url": "https://news.example.org/state-visit", "date": "2023-08-22",
         "text": read("articles", "state-visit.txt")},
        {"id": "courier-page", "html": read("html", "article-with-boilerplate.html"),
         "title": "ignored member"},
        {"date": "2023-06-01", "html": read("html", "jsonld-body-fallback.html")},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    lines.insert(3, "   ")  # a blank line is skipped
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    good = [json.dumps(recs[0], ensure_ascii=False),
            '{"id": "broken", "text": "Macron met Scholz in Berlin." ',
            json.dumps(recs[2], ensure_ascii=False)]
    with open(os.path.join(HERE, "malformed.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(good) + "\n")


def record(rtype, fields, block):
    head = ["WARC/1.1", "WARC-Type: " + rtype]
    head += ["%s: %s" % kv for kv in fields]
    head.append("Content-Length: %d" % len(block))
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http(status, ctype, body, chunked=False):
    hdr = ["HTTP/1.1 %s" % status, "Content-Type: " + ctype, "Server: test"]
    if chunked:
        hdr.append("Transfer-Encoding: chunked")
        parts, i = [], 0
        while i < len(body):
            piece = body[i:i + 700]
            parts.append(b"%x;ext=1\r\n" % len(piece) + piece + b"\r\n")
            i += 700
        body = b"".join(parts) + b"0\r\n\r\n"
    else:
        hdr.append("Content-Length: %d" % len(body))
    return ("\r\n".join(hdr) + "\r\n\r\n").encode() + body


def warc():
    page = read("html", "article-with-boilerplate.html").encode()
    kishida = read("html", "jsonld-body-fallback.html").encode()
    ramaphosa = read("html", "time-only.html").encode()
    base = [("WARC-Date", "2024-02-01T10:00:00Z")]
    out = [
        record("warcinfo", base + [("Content-Type", "application/warc-fields")],
               b"software: newskg test corpus\r\nformat: WARC File Format 1.1\r\n"),
        record("request", base + [
            ("WARC-Target-URI", "https://courier.example.org/world/lula-sanchez-madrid"),
            ("Content-Type", "application/http; msgtype=request")],
            b"GET /world/lula-sanchez-madrid HTTP/1.1\r\nHost: courier.example.org\r\n\r\n"),
        record("response", base + [
            ("WARC-Target-URI", "https://courier.example.org/world/lula-sanchez-madrid"),
            ("Content-Type", "application/http; msgtype=response")],
            http("200 OK", "text/html; charset=utf-8", page)),
        record("response", base + [
            ("WARC-Target-URI", "https://courier.example.org/static/logo.png"),
            ("Content-Type", "application/http; msgtype=response")],
            http("200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))),
        record("response", base + [
            ("WARC-Target-URI", "https://courier.example.org/missing"),
            ("Content-Type", "application/http; msgtype=response")],
            http("404 Not Found", "text/html", b"<html><body><p>Putin met Xi.</p></body></html>")),
        record("response", [("WARC-Date", "2023-06-03T07:00:00Z"),
            ("WARC-Target-URI", "<https://news.example.net/kishida-albanese>"),
            ("Content-Type", "application/http;msgtype=response")],
            http("200 OK", "text/html", kishida, chunked=True)),
        record("metadata", base + [
            ("WARC-Target-URI", "https://news.example.net/kishida-albanese"),
            ("Content-Type", "application/warc-fields")],
            b"outlinks: https://news.example.net/\r\n"),
        record("resource", [("WARC-Date", "2023-07-15T12:00:00Z"),
            ("WARC-Target-URI", "https://daily.example.za/ramaphosa-meloni"),
            ("Content-Type", "text/html")], ramaphosa),
    ]
    with open(os.path.join(HERE, "crawl.warc"), "wb") as f:
        f.write(b"".join(out))


if __name__ == "__main__":
    jsonl()
    warc()

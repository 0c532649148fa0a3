"""Saved web pages (`.html`, `.htm`): the article's main text and its publication date from the page metadata."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator

from flareup.errors import InputError
from flareup.ingest.record import language_code, outlet_of
from flareup.ingest.textio import decode_utf8, read_whole
from flareup.model import Document, TimeSpan

_FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, figcaption, button"
_DATE_META = ('meta[property="article:published_time"]', 'meta[name="article:published_time"]',
              'meta[itemprop="datePublished"]', 'meta[property="og:published_time"]',
              'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]', 'meta[name="DC.date"]')
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def read_html(path: Path, label: str, doc_id: str) -> Iterator[Document]:
    """The page as one Document: text of its paragraphs, date, title, language and canonical URL."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(_decode(read_whole(path, label), label))
    pub = published(tree)
    title = _meta(tree, 'meta[property="og:title"]') or _node_text(tree, "title")
    url = _attr(tree, 'link[rel="canonical"]', "href") or _meta(tree, 'meta[property="og:url"]')
    lang = language_code(_attr(tree, "html", "lang"))
    outlet = _meta(tree, 'meta[property="og:site_name"]') or outlet_of(url)
    text = main_text(tree)
    if not text:
        raise InputError(f"{label}: no article text found in the page")
    yield Document(doc_id=doc_id, text=text, pub=pub, lang=lang, title=title, url=url, source=label, outlet=outlet)


def main_text(tree) -> str:
    """Paragraph text of <article>, else <main>, else <body>, without navigation, headers, asides or scripts."""
    for node in tree.css(_FURNITURE):
        node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body
    if root is None:
        return ""
    paragraphs = [_SPACE.sub(" ", p.text(separator=" ")).strip() for p in root.css("p")]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        paragraphs = [_SPACE.sub(" ", root.text(separator=" ")).strip()]
    return "\n\n".join(p for p in paragraphs if p)


def published(tree) -> TimeSpan | None:
    """The first readable publication date: article meta tags, JSON-LD datePublished, then <time datetime>."""
    from flareup.dates import parse_pub_date

    candidates = [_meta(tree, sel) for sel in _DATE_META]
    for script in tree.css('script[type="application/ld+json"]'):
        candidates.append(_json_ld_date(script.text()))
    candidates += [t.attributes.get("datetime") for t in tree.css("article time[datetime], time[datetime]")]
    for value in candidates:
        if value:
            try:
                return parse_pub_date(value)
            except InputError:
                continue
    return None


def _json_ld_date(source: str) -> str | None:
    try:
        data = json.loads(source)
    except (json.JSONDecodeError, TypeError):
        return None
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                return item["datePublished"]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def _decode(data: bytes, label: str) -> str:
    declared = _CHARSET.search(data[:4096])
    encoding = declared.group(1).decode("ascii", "ignore").lower() if declared else "utf-8"
    if encoding.replace("_", "-") in ("utf-8", "utf8"):
        return decode_utf8(data, label)
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return decode_utf8(data, label)


def _meta(tree, selector: str) -> str | None:
    return _attr(tree, selector, "content")


def _attr(tree, selector: str, name: str) -> str | None:
    node = tree.css_first(selector)
    value = node.attributes.get(name) if node is not None else None
    return value.strip() or None if isinstance(value, str) else None


def _node_text(tree, selector: str) -> str | None:
    node = tree.css_first(selector)
    return _SPACE.sub(" ", node.text()).strip() or None if node is not None else None

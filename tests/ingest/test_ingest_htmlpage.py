from datetime import date

import pytest

from flareup.ingest.registry import list_inputs, read_file

PAGE = """<!doctype html>
<html lang="nl-NL"><head>
<meta charset="utf-8"><title>Aanslag op politiebureau | Voorbeeldkrant</title>
<meta property="og:site_name" content="Voorbeeldkrant">
<link rel="canonical" href="https://www.voorbeeldkrant.nl/2021/aanslag">
{meta}
<style>p {{ color: red }}</style><script>var x = "<p>not text</p>";</script>
</head><body>
<header><p>Menu: Binnenland Buitenland</p></header>
<nav><p>Home &gt; Nieuws</p></nav>
<article>
  <h1>Aanslag op politiebureau</h1>
  {time}
  <p>Onbekenden hebben in de nacht van zaterdag op zondag een explosief tot ontploffing gebracht
     bij een politiebureau.</p>
  <figure><img src="x.jpg"><figcaption>Foto: de schade aan de gevel</figcaption></figure>
  <p>Er raakte <b>niemand</b> gewond.</p>
  <aside><p>Lees ook: eerdere aanslagen</p></aside>
</article>
<footer><p>Copyright Voorbeeldkrant</p></footer>
</body></html>"""

TEXT = ("Onbekenden hebben in de nacht van zaterdag op zondag een explosief tot ontploffing gebracht bij een "
        "politiebureau.\n\nEr raakte niemand gewond.")


def read_page(tmp_path, meta="", time="", name="page.html"):
    path = tmp_path / name
    path.write_text(PAGE.format(meta=meta, time=time), encoding="utf-8")
    (item,) = list_inputs([path])
    return list(read_file(item))


def test_main_text_without_furniture(tmp_path):
    (doc,) = read_page(tmp_path)
    assert doc.text == TEXT
    assert doc.lang == "nl" and doc.title == "Aanslag op politiebureau | Voorbeeldkrant"
    assert doc.url == "https://www.voorbeeldkrant.nl/2021/aanslag" and doc.outlet == "Voorbeeldkrant"
    assert doc.pub is None and doc.doc_id == "page.html"


@pytest.mark.parametrize("meta, time, expected, precision", [
    ('<meta property="article:published_time" content="2021-03-14T06:10:00+01:00">', "", date(2021, 3, 14), "day"),
    ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2021-03"}]}</script>',
     "", date(2021, 3, 1), "month"),
    ('<meta itemprop="datePublished" content="2021-03-15">', "", date(2021, 3, 15), "day"),
    ("", '<time datetime="2021-03-16T09:00">16 maart</time>', date(2021, 3, 16), "day"),
    ('<meta name="date" content="gisteren">', '<time datetime="2021-03-17">17 maart</time>', date(2021, 3, 17), "day"),
])
def test_publication_date_from_metadata(tmp_path, meta, time, expected, precision):
    (doc,) = read_page(tmp_path, meta, time, name="page.htm")
    assert (doc.pub.start, doc.pub.precision) == (expected, precision)


def test_page_without_paragraphs_falls_back_to_body_text(tmp_path):
    path = tmp_path / "bare.html"
    path.write_text("<html><body><main>Gunmen opened fire on a bus.</main><nav>Next</nav></body></html>",
                    encoding="utf-8")
    (item,) = list_inputs([path])
    (doc,) = read_file(item)
    assert doc.text == "Gunmen opened fire on a bus." and doc.lang is None


def test_declared_legacy_charset_is_honoured(tmp_path):
    path = tmp_path / "latin1.html"
    path.write_bytes('<html><head><meta charset="windows-1252"></head><body><p>Explosie bij café</p></body></html>'
                     .encode("cp1252"))
    (item,) = list_inputs([path])
    (doc,) = read_file(item)
    assert doc.text == "Explosie bij café"


def test_page_with_no_text_is_one_error(tmp_path):
    path = tmp_path / "empty-body.html"
    path.write_text("<html><head><title>x</title></head><body><nav>menu</nav></body></html>", encoding="utf-8")
    (item,) = list_inputs([path])
    (err,) = read_file(item)
    assert "no article text" in str(err) and "empty-body.html" in str(err)

"""Reading cited sources as documents: short pages, tables with headers, PDF, text, CSV.

Through the real reader: a local server, the guarded fetcher and the extraction worker
process. PDFs are real files made with fpdf2.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from orchestrator.errors import NotAnArticle, ReadError
from orchestrator.reading import FetchPolicy, InlineExtractor, SafeReader
from orchestrator.reading.documents import DocumentLimits, read_document, read_pdf_article
from pdfs import blank_pdf, make_pdf
from reading_helpers import LocalServer

RELEASE = (
    "<html><head><title>Labour bulletin</title></head><body><nav><a href='/'>Home</a></nav>"
    "<p>The unemployment rate was 4.7 percent in May.</p></body></html>"
)
TABLE = (
    "<html><body><h2>Table 1. New residential construction</h2><table>"
    "<tr><th>Series</th><th>April</th><th>May</th></tr>"
    "<tr><td>Housing starts</td><td>3,950</td><td>4,200</td></tr>"
    "<tr><td>Permits</td><td colspan='2'>5,020</td></tr></table></body></html>"
)
SOFT_ERROR = (
    "<html><head><title>Error</title></head><body><h1>Sorry, something went wrong</h1>"
    "<p>We could not load this page. Please try again later.</p></body></html>"
)
# A real three-line release that happens to use an error page's words.
UNLUCKY = (
    "<html><head><title>Service update</title></head><body><h1>Online payments</h1>"
    "<p>Something went wrong with 1,240 card payments on Monday; all have been refunded.</p>"
    "<p>Customers who saw an error should try again later.</p></body></html>"
)
REPORT = make_pdf(
    [["Quarterly report", "Payroll employment increased by 212,000 in March."]],
    tables=[[["Series", "February", "March"], ["Housing starts", "3,950", "4,200"]]],
)
LONG_PDF = make_pdf(
    [[f"Page {n}: district {n} spent ${n}.5 million on roads."] * 3 for n in range(1, 13)]
)


def _typed(body: bytes, content_type: str, status: int = 200):  # type: ignore[no-untyped-def]
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=body, status=status, content_type=content_type)

    return handler


@pytest.fixture
async def served() -> AsyncIterator[tuple[LocalServer, SafeReader]]:
    server = LocalServer(
        {
            "/release": _typed(RELEASE.encode(), "text/html"),
            "/table": _typed(TABLE.encode(), "text/html"),
            "/report.pdf": _typed(REPORT, "application/pdf"),
            "/locked.pdf": _typed(
                make_pdf([["4.7 percent"]], password="s3cret"), "application/pdf"
            ),
            "/scan.pdf": _typed(blank_pdf(2), "application/pdf"),
            "/broken.pdf": _typed(b"%PDF-1.7\nnot really", "application/pdf"),
            "/data.csv": _typed(b'Region,2023,2024\nNorth,"1,200","1,350"\n', "text/csv"),
            "/notes.txt": _typed(b"RELEASE\nExports were 2.3 billion euros.\n", "text/plain"),
            "/script-only": _typed(b"<html><body><script>x()</script></body></html>", "text/html"),
            "/oops": _typed(SOFT_ERROR.encode(), "text/html"),
            "/bot-wall": _typed(
                b"<html><head><title>Just a moment...</title></head><body>"
                b"<p>Checking your browser before accessing the site.</p></body></html>",
                "text/html",
            ),
            "/unlucky": _typed(UNLUCKY.encode(), "text/html"),
            "/image.png": _typed(b"\x89PNG", "image/png"),
        }
    )
    await server.start()
    reader = SafeReader(FetchPolicy.from_allow_list(server.allow), extractor=InlineExtractor())
    try:
        yield server, reader
    finally:
        await reader.aclose()
        await server.close()


async def test_a_three_line_release_is_a_whole_source(
    served: tuple[LocalServer, SafeReader],
) -> None:
    server, reader = served
    document = await reader.read_source(server.url("/release"))
    assert document.text == "The unemployment rate was 4.7 percent in May."
    assert document.title == "Labour bulletin"
    # The same page pasted as an article is still too short to be one.
    with pytest.raises(NotAnArticle):
        await reader.read(server.url("/release"))


async def test_table_cells_are_read_with_their_row_and_column(
    served: tuple[LocalServer, SafeReader],
) -> None:
    server, reader = served
    lines = (await reader.read_source(server.url("/table"))).text.splitlines()
    assert "Housing starts · May · 4,200" in lines
    assert "Housing starts · April · 3,950" in lines
    assert "Permits · May · 5,020" in lines  # a cell spanning two columns is under both


async def test_a_pdf_report_is_read_with_its_table(served: tuple[LocalServer, SafeReader]) -> None:
    server, reader = served
    document = await reader.read_source(server.url("/report.pdf"))
    assert document.extractor == "document:pdf"
    lines = document.text.splitlines()
    assert "Payroll employment increased by 212,000 in March." in lines
    assert "Housing starts · March · 4,200" in lines


@pytest.mark.slow  # through the extraction child: its PDF path, base64 and all
async def test_a_pasted_pdf_link_is_read_as_the_article() -> None:
    long_server = LocalServer({"/long.pdf": _typed(LONG_PDF, "application/pdf")})
    await long_server.start()
    long_reader = SafeReader(FetchPolicy.from_allow_list(long_server.allow))
    try:
        article = await long_reader.read(long_server.url("/long.pdf"))
    finally:
        await long_reader.aclose()
        await long_server.close()
    assert article.extractor == "pypdf"
    assert "district 12 spent $12.5 million on roads" in article.text


@pytest.mark.parametrize(
    ("path", "sentence"),
    [
        ("/locked.pdf", "That PDF is locked with a password, so copydesk cannot read it."),
        (
            "/scan.pdf",
            "That PDF has no text layer (it is probably a scanned image), so copydesk cannot "
            "read its figures.",
        ),
        ("/broken.pdf", "That PDF is damaged or not really a PDF, so copydesk could not read it."),
        (
            "/script-only",
            "That page is an empty shell that shows its content only by running JavaScript, "
            "which copydesk does not do, so there was nothing to check.",
        ),
        (
            "/oops",
            "That page shows an error instead of its content (“Sorry, something went wrong”), "
            "so there was nothing to check.",
        ),
        (
            "/bot-wall",
            "That page shows an error instead of its content (“Checking your browser before "
            "accessing the site.”), so there was nothing to check.",
        ),
        (
            "/image.png",
            "That link is an image, not an article; send the link to the article's page instead.",
        ),
        ("/nowhere", "The site says that page does not exist (404 Not Found). Check the link."),
    ],
)
async def test_an_unreadable_source_says_why(
    served: tuple[LocalServer, SafeReader], path: str, sentence: str
) -> None:
    server, reader = served
    with pytest.raises(ReadError) as refused:
        await reader.read_source(server.url(path))
    assert refused.value.message == sentence


async def test_a_short_release_with_an_error_page_s_words_is_still_a_source(
    served: tuple[LocalServer, SafeReader],
) -> None:
    server, reader = served
    release = await reader.read_source(server.url("/release"))
    assert release.text == "The unemployment rate was 4.7 percent in May."
    unlucky = await reader.read_source(server.url("/unlucky"))
    assert "Something went wrong with 1,240 card payments on Monday" in unlucky.text


async def test_csv_and_plain_text_sources(served: tuple[LocalServer, SafeReader]) -> None:
    server, reader = served
    csv_lines = (await reader.read_source(server.url("/data.csv"))).text.splitlines()
    assert "North · 2024 · 1,350" in csv_lines
    text = (await reader.read_source(server.url("/notes.txt"))).text
    assert "Exports were 2.3 billion euros." in text.splitlines()


def test_a_pdf_is_read_up_to_its_page_limit_and_says_so() -> None:
    document = read_document(LONG_PDF, "application/pdf", "u", DocumentLimits(max_pages=3))
    assert "district 3 spent" in document.text
    assert "district 4 spent" not in document.text
    assert document.text.endswith("[copydesk read the first 3 of 12 pages.]")


def test_a_text_table_in_a_pdf_line_gets_its_column_heads() -> None:
    pdf = make_pdf([["Series April May", "Housing starts 3,950 4,200"]])
    lines = read_document(pdf, "application/pdf", "u", DocumentLimits()).text.splitlines()
    assert "Housing starts · May · 4,200" in lines


def test_a_sentence_wrapped_over_lines_of_a_pdf_is_one_sentence_again() -> None:
    sentence = (
        "The council spent 14 million pounds on dredging the harbour, twice the original "
        "estimate of 7 million pounds, while the unemployment rate in the district was 4.7 "
        "percent in May according to the office."
    )
    pdf = make_pdf([["Council annual report 2024", sentence]])
    document = read_document(pdf, "application/pdf", "u", DocumentLimits())
    assert document.text.splitlines() == ["Council annual report 2024", sentence]
    article = read_pdf_article(
        make_pdf([["Council annual report 2024", sentence * 2]]), "u", DocumentLimits()
    )
    assert article.title == "Council annual report 2024"


# --- a unit written once for the whole table -------------------------------------------------


def test_a_caption_s_unit_goes_with_every_cell_of_an_html_table() -> None:
    page = (
        "<html><body><h2>Spending by service, 2026 (£ million)</h2><table>"
        "<tr><th>Service</th><th>2025</th><th>2026</th></tr>"
        "<tr><td>Libraries</td><td>11.8</td><td>12.4</td></tr></table></body></html>"
    )
    lines = read_document(page.encode(), "text/html", "u", DocumentLimits()).text.splitlines()
    # Only the caption's note, not its year: "2026" is not the 2025 column's period.
    assert "(£ million) · Libraries · 2025 · 11.8" in lines
    assert "(£ million) · Libraries · 2026 · 12.4" in lines


def test_a_pdf_table_s_heads_may_be_periods_with_their_units() -> None:
    pdf = make_pdf(
        [["Revised figures replace earlier ones."]],
        tables=[
            [["Crop", "2024 (million tonnes)", "2025 (million tonnes)"], ["Oats", "0.9", "1.2"]]
        ],
    )
    lines = read_document(pdf, "application/pdf", "u", DocumentLimits()).text.splitlines()
    # A sentence above the table heads none of its columns.
    assert "Oats · 2025 (million tonnes) · 1.2" in lines
    assert "Oats · 2024 (million tonnes) · 0.9" in lines


def test_a_caption_above_a_pdf_or_text_table_gives_its_unit() -> None:
    pdf = make_pdf([["Table 4: Visits (thousands)", "Site 2024 2025", "Castle 81.2 84.9"]])
    lines = read_document(pdf, "application/pdf", "u", DocumentLimits()).text.splitlines()
    assert "(thousands) · Castle · 2025 · 84.9" in lines
    text = "Spending by service (£ million)\nService\t2025\t2026\nParks\t4.1\t4.6\nRoads\t9\t9.9\n"
    lines = read_document(text.encode(), "text/plain", "u", DocumentLimits()).text.splitlines()
    assert "(£ million) · Parks · 2026 · 4.6" in lines


@pytest.mark.parametrize(
    ("page", "unreadable"),
    [
        ("<title>Page not found</title><p>Try the search box or go home.</p>", True),
        ("<h1>500 Internal Server Error</h1><p>Incident ref 84213. Please try again.</p>", True),
        ("<p>Please enable JavaScript to view this site.</p>", True),
        ("<div id='app'>Loading…</div><script src='/a.js'></script>", True),
        # Short real sources stay sources, whatever their title or words.
        ("<title>Error rates</title><p>The error rate fell to 2.1 percent in May.</p>", False),
        ("<h1>Statistical release</h1><p>Exports were 2.3 billion euros.</p><p>Ends.</p>", False),
        ("<p>Our service is back after the outage; 98 percent of calls got through.</p>", False),
    ],
)
def test_an_error_page_that_answers_200_is_unreadable_a_short_source_is_not(
    page: str, unreadable: bool
) -> None:
    html = f"<html><body>{page}</body></html>".encode()
    if unreadable:
        with pytest.raises(NotAnArticle):
            read_document(html, "text/html", "u", DocumentLimits())
    else:
        assert read_document(html, "text/html", "u", DocumentLimits()).text

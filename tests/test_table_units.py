"""A unit a table writes once — in its caption or a head — applies to its cells, and must
still agree with the article's: through the document reader and the source check."""

from __future__ import annotations

import pytest

from orchestrator.domain import SourceOutcome
from orchestrator.figures import figures_in
from orchestrator.reading.documents import DocumentLimits, read_document
from orchestrator.sourcecheck import FigureCheck, check_figure, source_text
from pdfs import make_pdf

BUDGET = (
    "<html><body><h2>Revenue budget 2026 (€ million)</h2><table>"
    "<tr><th>Service</th><th>2025 budget</th><th>2026 budget</th></tr>"
    "<tr><td>Adult social care</td><td>298.0</td><td>312.5</td></tr>"
    "<tr><td>Highways</td><td>41.2</td><td>39.8</td></tr></table></body></html>"
)
SHARES = (
    "<html><body><h2>Registrations by fuel type, October 2025 (share, %)</h2><table>"
    "<tr><th>Fuel type</th><th>October 2024</th><th>October 2025</th></tr>"
    "<tr><td>Battery electric</td><td>19</td><td>22</td></tr>"
    "<tr><td>Hybrid</td><td>24</td><td>27</td></tr></table></body></html>"
)
HARVEST = make_pdf(
    [["Cereal production", "Revised figures replace earlier ones."]],
    tables=[
        [
            ["Crop", "2024 (million tonnes)", "2025 (million tonnes)"],
            ["Wheat", "12.8", "13.9"],
            ["Barley", "6.6", "6.9"],
        ]
    ],
)
MIXED = (
    "<html><body><h2>Library spending (£ thousand)</h2><table>"
    "<tr><th>Library</th><th>2025</th><th>Change (%)</th></tr>"
    "<tr><td>Central</td><td>840</td><td>4.5</td></tr></table></body></html>"
)
VISITS = b"Visits (thousands)\nSite\t2024\t2025\nCastle\t81.2\t84.9\nMuseum\t40.3\t38.8\n"
COSTS = b"Service,Cost 2025 (\xc2\xa3m)\nParks,4.1\nRoads,9.9\n"


def check(claim: str, body: bytes | str, content_type: str) -> FigureCheck:
    data = body.encode() if isinstance(body, str) else body
    document = read_document(data, content_type, "u", DocumentLimits())
    text = f"{document.title}\n{document.text}" if document.title else document.text
    figure = next(f for f in figures_in(claim) if not f.is_year)
    return check_figure(figure, claim, source_text(text))


@pytest.mark.parametrize(
    ("claim", "body", "content_type", "cell"),
    [
        (
            "The council will spend €312.5m on adult social care next year.",
            BUDGET,
            "text/html",
            "(€ million) · Adult social care · 2026 budget · 312.5",
        ),
        (
            "Battery electric cars made up 22% of new registrations in October.",
            SHARES,
            "text/html",
            "(share, %) · Battery electric · October 2025 · 22",
        ),
        (
            "Farmers harvested 13.9m tonnes of wheat this year.",
            HARVEST,
            "application/pdf",
            "Wheat · 2025 (million tonnes) · 13.9",
        ),
        (
            "The castle drew 84,900 visitors in 2025.",
            VISITS,
            "text/plain",
            "(thousands) · Castle · 2025 · 84.9",
        ),
        ("Roads cost £9.9 million to run.", COSTS, "text/csv", "Roads · Cost 2025 (£m) · 9.9"),
        # The nearest label speaks first: a "Change (%)" column in a "(£ thousand)" table.
        (
            "Spending at the Central library rose 4.5 per cent.",
            MIXED,
            "text/html",
            "(£ thousand) · Central · Change (%) · 4.5",
        ),
        ("The Central library cost £840,000.", MIXED, "text/html", None),
    ],
)
def test_a_cell_takes_the_unit_its_caption_or_head_gives(
    claim: str, body: bytes | str, content_type: str, cell: str | None
) -> None:
    result = check(claim, body, content_type)
    assert result.outcome is SourceOutcome.CONFIRMED, result
    if cell is not None:
        assert result.found == cell


@pytest.mark.parametrize(
    ("claim", "body", "content_type"),
    [
        ("Adult social care will take 312.5 percent more.", BUDGET, "text/html"),
        ("The council will spend €312.5bn on adult social care next year.", BUDGET, "text/html"),
        ("The council will spend £312.5m on adult social care next year.", BUDGET, "text/html"),
        ("Battery electric cars numbered 22 million in October.", SHARES, "text/html"),
        ("Farmers harvested 13.9 per cent more wheat this year.", HARVEST, "application/pdf"),
        ("Spending at the Central library rose £4.5m.", MIXED, "text/html"),
    ],
)
def test_the_units_must_still_agree(claim: str, body: bytes | str, content_type: str) -> None:
    assert check(claim, body, content_type).outcome is not SourceOutcome.CONFIRMED


def test_another_cell_under_the_same_caption_is_a_contradiction() -> None:
    result = check(
        "The council's 2026 budget gives €321.5m to adult social care.", BUDGET, "text/html"
    )
    assert result.outcome is SourceOutcome.CONTRADICTED, result
    assert result.source_figure == "312.5"


# --- gate3: the tables a statistics office, a treasury and a data portal publish ---------------

DAIRY = (
    "<html><body><h2>Domestic milk intake, September 2025</h2><table>"
    "<tr><th>Measure</th><th>Sep 2024</th><th>Sep 2025</th><th>Change (%)</th></tr>"
    "<tr><td>Intake (million litres)</td><td>812.6</td><td>793.9</td><td>(2.3)</td></tr>"
    "<tr><td>Protein content (%)</td><td>3.52</td><td>3.56</td><td>1.1</td></tr>"
    "</table></body></html>"
)
RECEIPTS = make_pdf(
    [["Budget outcome", "Receipts are set out below."]],
    tables=[
        [
            ["Receipts ($m)", "2023-24", "2024-25"],
            ["Individuals and other withholding\ntaxes", "316,042", "339,860"],
            ["Company tax", "136,512", "141,870"],
        ]
    ],
)
INTAKE_CSV = "month,milk_intake_million_litres,on_time_pct\nMay 2025,1187.3,91.2\n"


@pytest.mark.parametrize(
    ("claim", "body", "content_type"),
    [
        # A bracketed value is a negative, under a head that is a month with its year.
        ("Milk intake fell 2.3% in September compared with a year earlier.", DAIRY, "text/html"),
        # "Receipts ($m)" heads the table even when a row label wraps over two lines.
        ("Company tax receipts came to $141.9 billion in 2024-25.", RECEIPTS, "application/pdf"),
        # A data file's snake_case field names its unit.
        ("Creameries took in 1,187 million litres of milk in May.", INTAKE_CSV, "text/csv"),
    ],
)
def test_published_table_conventions_are_read(
    claim: str, body: bytes | str, content_type: str
) -> None:
    assert check(claim, body, content_type).outcome is SourceOutcome.CONFIRMED


def test_a_bracketed_value_is_not_a_rise() -> None:
    claim = "Milk intake rose 2.3% in September compared with a year earlier."
    assert check(claim, DAIRY, "text/html").outcome is not SourceOutcome.CONFIRMED

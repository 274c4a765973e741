"""Real PDF files for the tests and benches, made with fpdf2: prose, tables, locked, blank."""

from __future__ import annotations

from collections.abc import Sequence

from fpdf import FPDF


def make_pdf(
    pages: Sequence[Sequence[str]],
    *,
    tables: Sequence[Sequence[Sequence[str]]] = (),
    password: str | None = None,
) -> bytes:
    """A PDF with one page per entry of ``pages`` (its lines), then each table on a page."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    if password is not None:
        pdf.set_encryption(owner_password=password + "-owner", user_password=password)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    for rows in tables:
        pdf.add_page()
        with pdf.table() as table:
            for cells in rows:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
    return bytes(pdf.output())


def blank_pdf(pages: int = 1) -> bytes:
    """A scan without its text layer: pages with a drawing and no text."""
    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
        pdf.rect(20, 20, 120, 80, style="F")
    return bytes(pdf.output())

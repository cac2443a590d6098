"""The demonstration documents: invented evidence that lets a new user try every example on
the search help page on a fresh instance (``inquiry demo load``).

Every person, organisation detail and event here is fictional; real public bodies appear
only as providers or as agencies named in passing, as the help examples name them. Each
page says it is a demonstration document. The PDFs are made on the spot, the same bytes
every time, so loading twice finds them already held instead of storing them again.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

BANNER = ("DEMONSTRATION DOCUMENT - invented for training. Every person and event in it "
          "is fictional.")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@dataclass(frozen=True)
class DemoDocument:
    """One demonstration document and the metadata a clerk would give it at upload."""

    key: str  # a stable name: the file name, and how the loader refers to it
    pages: tuple[tuple[str, ...], ...]  # paragraphs of each page
    provider: str
    document_type: str
    document_date: date
    received_date: date
    description: str
    author: str = ""
    restricted: bool = False
    scanned_pages: tuple[int, ...] = ()  # drawn as a picture only, so OCR reads them
    tags: tuple[str, ...] = ()
    approve: bool = False  # taken through review and approval by two demo reviewers

    @property
    def filename(self) -> str:
        return f"demo-{self.key}.pdf"


DOCUMENTS: tuple[DemoDocument, ...] = (
    DemoDocument(
        key="statement",
        provider="Metropolitan Police Service",
        document_type="witness_statement",
        document_date=date(2019, 3, 14),
        received_date=date(2020, 2, 10),
        author="Ellis Marlowe",
        description="Witness statement of Ellis Marlowe, youth worker (demonstration)\n"
                    "Invented for training; no real person or event.",
        pages=((
            "WITNESS STATEMENT",
            "Statement of Ellis Marlowe, youth worker. Dated 14 March 2019.",
            "I have worked at a youth project in Manchester since 2012. In the summer of "
            "2018 a girl I will call Child A told me that an older man had been giving her "
            "lifts and presents.",
            "I reported this to the police the same week. I also reported what I "
            "considered police misconduct: an officer told the mother of Child A that "
            "nothing could be done unless Child A complained herself.",
            "Later I was told that John Smith, a driver known to the project, had been seen "
            "with Child A outside the shopping centre in Manchester.",
        ), (
            "At a meeting in April 2018 an official from the Home Office explained the "
            "national guidance on sharing information between agencies. I asked why no "
            "strategy meeting had been held about Child A.",
            "I believe that the facts stated in this witness statement are true.",
            "Signed: Ellis Marlowe",
        )),
    ),
    DemoDocument(
        key="minutes",
        provider="Northdale Borough Council",
        document_type="minutes",
        document_date=date(2016, 6, 8),
        received_date=date(2020, 5, 1),
        description="Minutes of a multi-agency strategy meeting in Northdale "
                    "(demonstration)",
        pages=((
            "MINUTES OF A STRATEGY MEETING",
            "Present: Carol Smyth (chair, children's services), Detective Sergeant Priya "
            "Okafor (Northdale Constabulary), Tom Berrick (school nurse).",
            "The meeting was organised after three referrals about the same group of "
            "young people in one month.",
            "The constabulary reported that no offence had been recorded. Concerns about "
            "neglect at home were noted.",
            "Action: Carol Smyth to arrange a follow-up meeting within four weeks.",
        ),),
    ),
    DemoDocument(
        key="letter",
        provider="Northdale Children's Trust",
        document_type="letter",
        document_date=date(2021, 9, 30),
        received_date=date(2021, 10, 4),
        description="Letter from a parent to the children's trust, scanned "
                    "(demonstration)",
        scanned_pages=(1,),
        pages=((
            "Dear Sir or Madam,",
            "My daughter gave her word that she would tell the whole truth, and she did.",
            "The man was given a caution and nothing more was done.",
            "Yours faithfully,",
            "Rowan Denholm",
        ),),
    ),
    DemoDocument(
        key="chronology",
        provider="Northdale Constabulary",
        document_type="report",
        document_date=date(2018, 11, 2),
        received_date=date(2020, 2, 10),
        description="Chronology of police contacts about Child A (demonstration)",
        tags=("chronology",),
        pages=((
            "CHRONOLOGY OF CONTACTS",
            "June 2018: the youth project reports concerns about Child A to the police.",
            "July 2018: the officer takes the word of the driver that the lifts were "
            "innocent; no further action.",
            "September 2018: a strategy meeting is requested and not held.",
            "October 2018: Child A is reported missing overnight and found the next day.",
        ),),
    ),
    DemoDocument(
        key="email",
        provider="Northdale Borough Council",
        document_type="email",
        document_date=date(2017, 1, 20),
        received_date=date(2020, 5, 1),
        description="Email about a strategy meeting that did not take place "
                    "(demonstration)",
        approve=True,
        pages=((
            "Subject: strategy meeting",
            "The strategy meeting planned for this week has been cancelled because no "
            "representative of the constabulary was available. It will be rearranged "
            "when one can attend.",
        ),),
    ),
    DemoDocument(
        key="intelligence",
        provider="Northdale Constabulary",
        document_type="report",
        document_date=date(2019, 5, 1),
        received_date=date(2020, 2, 10),
        description="Restricted intelligence summary (demonstration)",
        restricted=True,
        pages=((
            "RESTRICTED INTELLIGENCE SUMMARY",
            "A source reports police misconduct: an officer warned a suspect before a "
            "planned arrest. Seen only by those granted this document.",
        ),),
    ),
)


def write_pdf(document: DemoDocument, dest: Path) -> Path:
    """The document as a PDF in ``dest``: text pages with a text layer, scanned pages as a
    picture only. The same document gives the same bytes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = Path(dest) / document.filename
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(document.description.splitlines()[0])  # the title a document carries
    for number, paragraphs in enumerate(document.pages, 1):
        lines = _wrap([BANNER, "", *paragraphs])
        if number in document.scanned_pages:
            _draw_picture(c, lines, A4)
        else:
            c.setFont("Helvetica", 11)
            y = A4[1] - 72
            for line in lines:
                c.drawString(72, y, line)
                y -= 16
        c.showPage()
    c.save()
    return path


def _wrap(paragraphs: Sequence[str], width: int = 86) -> list[str]:
    import textwrap

    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(textwrap.wrap(paragraph, width) or [""])
        lines.append("")
    return lines


def _draw_picture(c, lines: Sequence[str], pagesize: tuple[float, float]) -> None:  # noqa: ANN001
    """The page as a 200 dpi greyscale image with no text layer, as a scanner makes it."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    scale = 200 / 72
    image = Image.new("L", (round(pagesize[0] * scale), round(pagesize[1] * scale)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(DEJAVU, round(12 * scale))
    y = 72 * scale
    for line in lines:
        draw.text((72 * scale, y), line, fill=0, font=font)
        y += 18 * scale
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width=pagesize[0],
                height=pagesize[1])

"""Names in tables and columns (issue 12, eighth round): a typist's double space inside one
cell is no column edge; a street or a name's tail is read within its own column; a column
of districts or of vehicles holds no people; a job glued before a full name, a care home's
name and a town's constituency are no person. Every wording here is new (pure: no spaCy, no
services); pages are laid out with word boxes the way the entity bench lays one out."""

from __future__ import annotations

from ingest.pages import build_page
from redaction.column_gaps import column_cuts
from redaction.entity_resolution import _classify
from redaction.person_filters import person_words

from .helpers import cue_entities
from .helpers import spaced_page as _spaced_page


def _entities(text: str, *tagged: tuple[str, str, str]) -> dict[str, list[str]]:
    return cue_entities(text, *tagged, spaced=True)


def _cut_words(page) -> list[str]:
    """The words after which the page's column edges lie."""
    return [page.text[:c].split()[-1] for c in column_cuts(page)]


# --- a column edge is a wide gap, or a narrow one that other rows line up with ---

PROSE = "Duty list for the gatehouse and the visits hall, checked by the senior officer.\n"


def test_a_double_space_between_surname_and_forename_is_no_column_edge():
    page = _spaced_page(PROSE + "Ref   Surname / Forename    Post\n"
                        "221   OKONJO  Chioma        Gatehouse\n"
                        "318   BARRACLOUGH  Kim      Visits")
    cuts = _cut_words(page)
    assert "OKONJO" not in cuts and "BARRACLOUGH" not in cuts
    assert "Chioma" in cuts and "Kim" in cuts  # the wide gap before the post is still one


def test_a_narrow_gap_is_an_edge_where_another_row_starts_a_word_at_its_x_after_a_wide_gap():
    def lines(second_x: float):
        return [[("Ann", 72, 72, 88.5, 83), ("Pike", 91.5, 72, 113.5, 83),
                 ("Otley", 122, 72, 149.5, 83)],
                [("Bo", 72, 88, 83, 99), ("Ilkley", second_x, 88, second_x + 33, 99)]]

    aligned = build_page(1, 595.0, 842.0, False, lines(122.0))
    assert _cut_words(aligned) == ["Pike", "Bo"]
    alone = build_page(1, 595.0, 842.0, False, lines(150.0))
    assert _cut_words(alone) == ["Bo"]  # no other row starts a word where "Otley" does


def test_a_surname_first_cell_with_a_double_space_is_one_person():
    text = (PROSE + "Ref   Surname / Forename    Post\n"
            "221   OKONJO  Chioma        Gatehouse\n"
            "318   BARRACLOUGH  Kim      Visits")
    found = _entities(text)
    assert "Chioma Okonjo" in found["person"]
    assert not {"Chioma", "Okonjo", "Barraclough"} & set(found["person"])


# --- a street or a name's tail in the next column is not part of the name ---

def test_a_petitions_name_beside_its_street_column_stays_whole():
    text = ("No.  Name                Street              Signed\n"
            "1    Gwendolyn Ashworth  Prospect Road       G Ashworth\n"
            "2    Ravinder Sohal      Ing Street          R Sohal\n"
            "3    Colette Marron      Moorside Lane       C Marron")
    found = _entities(text)
    assert {"Gwendolyn Ashworth", "Ravinder Sohal", "Colette Marron"} <= set(found["person"])
    assert not {"Gwendolyn", "Ravinder", "Sohal"} & set(found["person"])
    assert {"Prospect Road", "Ing Street", "Moorside Lane"} <= set(found["place"])
    assert not any("Ashworth" in p or "Sohal" in p for p in found["place"])


# --- a column of districts or of vehicles holds no people ---

def test_unknown_districts_in_a_column_of_places_are_places():
    text = ("Run   Escort             Areas served\n"
            "R2    Maureen Fozard     Ossett, Outwood\n"
            "R5    Imran Bashir       Agbrigg, Horbury\n"
            "R8    Lorraine Tebb      Thornhill, Stanley")
    found = _entities(text)
    assert {"Maureen Fozard", "Imran Bashir", "Lorraine Tebb"} <= set(found["person"])
    assert not {"Outwood", "Agbrigg"} & set(found["person"])
    assert {"Outwood", "Agbrigg"} <= set(found["place"])


def test_a_cell_with_a_given_name_in_a_place_column_is_left_to_the_name_finders():
    text = ("Run   Areas served\n"
            "R2    Ossett, Outwood\n"
            "R5    Agbrigg, Horbury\n"
            "R8    Imran Bashir, Thornhill")
    assert "Imran Bashir" in _entities(text)["person"]


def test_a_make_and_an_unlisted_model_in_a_vehicle_column_is_a_car():
    text = ("Driver            Plate      Vehicle\n"
            "Lukas Novak       PH 4410    Toyota Auris\n"
            "Sadia Parveen     PH 5127    Kia Sorento\n"
            "Glen Ormerod      PH 6032    Skoda Fabia")
    tagged = ("person", "Kia Sorento", "PERSON")
    found = _entities(text, tagged)
    assert "Kia Sorento" not in found["person"]
    assert {"Lukas Novak", "Sadia Parveen", "Glen Ormerod"} <= set(found["person"])


def test_an_ordinary_word_cut_from_a_name_at_a_column_edge_is_no_person():
    text = ("Coll.No  Rank   Surname / Forename        Posting               Call sign\n"
            "4410     PCSO   HALLIWELL  Nadia          Beat, Kenyon Street    K4-60\n"
            "4471     PCSO   OSWIN  Teresa             Beat, Tong Lane        K4-61\n"
            "5093     PC     NUTTALL  Ross             Response (Bacup)       K4-22")
    found = _entities(text, ("person", "Nadia Beat", "PERSON"),
                      ("person", "Teresa Beat", "PERSON"))
    assert found["person"] == ["Nadia Halliwell", "Ross Nuttall", "Teresa Oswin"]


# --- a job before a full name, a home's name, a town's constituency ---

def test_a_job_that_is_also_a_surname_before_a_full_name_is_the_job():
    assert person_words("Driver Tariq Mahmood") == ["Tariq", "Mahmood"]
    assert person_words("Driver Jones") == ["Driver", "Jones"]  # a surname may stand so


def test_a_tagged_body_ending_in_a_buildings_word_is_no_person():
    assert _classify("agency", "Ashworth Grange") == ("agency", ["Ashworth", "Grange"])
    assert _classify("place", "Fenwick Manor")[0] == "place"
    assert _classify("person", "Jessica Hall") == ("person", ["Jessica", "Hall"])


def test_a_town_and_compass_words_is_a_constituency_not_a_person():
    assert _classify("person", "Leeds North East")[0] == "place"
    assert _classify("person", "Halifax West")[0] == "place"
    assert _classify("person", "Mrs Halifax West")[0] == "person"  # a title: her name

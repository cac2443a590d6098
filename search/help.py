"""The search help page text, kept beside the parser it describes (tests check that every
example on it parses)."""

HELP = """\
Searching the evidence

Words
  police misconduct        pages containing both words (words next to each other are
                           joined by AND). Words are matched with their other forms:
                           "running" finds run, ran and runs, "children" finds child,
                           "officer" finds officers and officer's; never a different
                           word: "misconduct" does not find conduct, nor "officers" office.
  "police misconduct"      the exact phrase (other word forms still match: see Exact below)
  "police misconduct"~5    both words with at most 5 other words between them;
                           the other order also counts (reversing costs 2)
  organis*                 words starting with "organis" (at least 2 letters before *)
  Smyth~   Smyth~1         fuzzy: words spelt nearly the same (up to 2 letters different
                           with ~ or ~2, 1 with ~1)

Combining
  police AND misconduct    both (the same as police misconduct)
  police OR constabulary   either
  NOT caution   -caution   without the word
  +word                    accepted and means the word is required, as every word is
  ( )                      grouping: (police OR constabulary) AND (misconduct OR neglect)
  Operators are written in CAPITALS; and, or, not in lower case are ordinary words.
  OR binds before AND, as in Westlaw and Lexis:
      police OR constabulary misconduct   means   (police OR constabulary) misconduct
  NOT applies to the one term or bracket after it.

Fields
  urn:INQ000001      urn:INQ00000*      document reference (exactly, or starting with)
  provider:"Metropolitan Police Service"   type:statement   tag:chronology
  person:"John Smith"   place:Manchester   agency:"Home Office"
                     people, places and agencies on the page, by their canonical name
  status:approved    review status
  request:R9-0001    documents received in answer to that Rule 9 request or s21 notice
  title:"witness statement"   words in the document title
  page:1    page:1..5          page numbers
  ocr:yes   ocr:no             pages read by OCR (or not)
  Field values match whole values, ignoring capitals; quote values with spaces; end a
  value with * to match its beginning (provider:Metro*).

Dates
  date:2019                 documents dated in 2019
  date:2019-03              in March 2019
  date:2019-03-14   date:14/03/2019
  date:2019-01-01..2020-12-31   between two dates, both included
  date:2019..   date:..2020     from, until
  date:>=2019   date:>2019   date:<2019   date:<=2019-06
  received:2020             when the inquiry received the document (same forms)
  year:2015..2018   year:>=2015   the document's year

Exact
  Tick "Exact" to match words only as written: no other word forms; phrases then match
  the exact words. Prefix (*) and fuzzy (~) searches always work on the words as written.
  Other forms are those of nouns (plural, possessive) and verbs (tenses); not of be, have,
  do, can, will or may, nor better/best for good.

Published only
  Searches only published documents, and only the text that survives redaction.

Mistakes
  An unbalanced bracket or quote, an operator with nothing after it, an unknown field or
  a bad date is reported with the place in the query where it occurs.
"""

EXAMPLES = [
    "police misconduct", '"police misconduct"', '"police misconduct"~5', "organis*",
    "Smyth~", "Smyth~1", "police AND misconduct", "police OR constabulary", "NOT caution",
    "-caution", "+word", "(police OR constabulary) AND (misconduct OR neglect)",
    "police OR constabulary misconduct", "urn:INQ000001", "urn:INQ00000*",
    'provider:"Metropolitan Police Service"', "type:statement", "tag:chronology",
    'person:"John Smith"', "place:Manchester", 'agency:"Home Office"', "status:approved",
    'title:"witness statement"', "page:1", "page:1..5", "ocr:yes", "ocr:no",
    "provider:Metro*", "date:2019", "date:2019-03", "date:2019-03-14", "date:14/03/2019",
    "date:2019-01-01..2020-12-31", "date:2019..", "date:..2020", "date:>=2019",
    "date:>2019", "date:<2019", "date:<=2019-06", "received:2020", "year:2015..2018",
    "year:>=2015",
]

"""Who the offline engine credits with a statement, one class of sentence at a time.

Every sentence here is invented. Each class once gave a statement to the wrong speaker on a
real page (and the validator dropped it); each test pairs the misleading shape with the
ordinary attribution that must still work. ``said`` also asserts that the validator drops
none of the raw statements.
"""

from __future__ import annotations

from brief.engines.offline.text import quote_spans

from .offline_probe import said


def _all(got: dict[str, list[str]]) -> list[str]:
    return [t for texts in got.values() for t in texts]


def test_a_name_after_the_verb_is_its_subject_only_after_a_quote_or_a_clause():
    got = said("Mayor Lena Ortega met the council on Monday. (A city spokeswoman said Ortega did not recall the call.)",
               "As for Ortega, most residents were pleased: 61 percent said Ortega had handled the flood well.")
    assert not got.get("Lena Ortega")
    got = said("“We will rebuild every bridge,” said Mayor Lena Ortega on Monday.",
               "The levy will pass in spring, says Ortega, who has led the city since 2019.")
    assert "We will rebuild every bridge" in got["Lena Ortega"]
    assert any(t.startswith("The levy will pass") for t in got["Lena Ortega"])


def test_a_bare_quote_in_a_sentence_about_someone_else_is_not_the_last_speakers():
    got = said("Captain Ida Brandt said the driver stopped at the gate. “He never got out,” she said. "
               "Mr. Pavel Okafor then drove off, “swerving across both lanes.”",
               "Still, Brandt said, the gate was safe. She laughed at a letter Dean Marta Kowal sent that week, "
               "promising the campus would “stay open to every view.”")
    texts = got.get("Ida Brandt", [])
    assert "He never got out" in texts
    assert not any("swerving" in t or "every view" in t for t in texts)


def test_a_sentence_that_opens_on_someone_new_keeps_its_quote_from_the_last_speaker():
    got = said("A Texas farmer said the harvest would be “thin but fine.” One Idaho grower replied simply, "
               "“Who knows?” An Ohio trader answered the question: “Nobody does.”")
    assert not any("Who knows" in t or "Nobody does" in t for t in _all(got))
    got = said("“The harvest will be thin,” said farmer Rosa Delgado. “We planted late. The rain came early.”")
    assert any("We planted late" in t for t in got["Rosa Delgado"])


def test_one_sentence_with_two_speakers_is_neither_ones_paraphrase():
    got = said("Governor Ada Quill and Senator Rob Lindqvist clashed over the plan on Friday.",
               "Ms. Quill suggested that the tax was unfair to farmers while Mr. Lindqvist said the tax was long overdue.")
    assert not got.get("Ada Quill") and not any("unfair" in t for t in got.get("Rob Lindqvist", []))
    got = said("Governor Ada Quill said on Friday that Senator Rob Lindqvist told her the tax was overdue.")
    assert any("told her the tax was overdue" in t for t in got["Ada Quill"])


def test_a_quote_after_a_second_speaker_is_not_the_firsts():
    got = said("“It is unfair,” Governor Ada Quill said, while Senator Rob Lindqvist said the tax was “long overdue.”")
    assert got["Ada Quill"] == ["It is unfair"]
    assert not any("overdue" in t for t in _all(got))


def test_a_quote_opened_straight_and_closed_curly_is_one_quote():
    text = ('"We wrote forty drafts. Then we gave them to our editor Tom Rask” – a patient man – "and then we slept." '
            'Songs like "Blue Door" came "fairly quickly."')
    spans = [text[a:b] for a, b in quote_spans(text)]
    assert spans[0].startswith('"We wrote') and spans[0].endswith("Rask”")
    assert '"Blue Door"' in spans and '" Songs like "' not in spans
    short = "“Yes,” she said, and “no” too."
    assert [short[a:b] for a, b in quote_spans(short)] == ["“Yes,”", "“no”"]


def test_mixed_marks_give_no_fragment_between_two_quotes_to_the_speaker():
    got = said('"We wrote forty drafts,” the composer Mina Farrow says. Songs like "Blue Door" came '
               '"fairly quickly," and "Red Sky" was "one of the hard ones."')
    texts = got["Mina Farrow"]
    assert "We wrote forty drafts" in texts
    assert not any(t.strip().startswith(("Songs like", "came", "and")) for t in texts)


def test_a_long_quote_stops_before_a_sentence_about_someone_else():
    got = said("“The first draft was a mess,” said the novelist Nora Vance. “I wrote every day for a year. "
               "Then I sent it all to my editor, Tom Rask, who hated it.”")
    texts = got["Nora Vance"]
    assert "I wrote every day for a year" in texts and not any("Rask" in t for t in texts)


def test_a_quoted_sentence_that_quotes_someone_is_not_cited_but_a_term_in_marks_is():
    got = said("“People kept asking me, ‘Why would you quit now?’ I had no answer,” said the novelist Nora Vance.",
               "“It is what we call ‘deep work’ and it takes years,” Vance said.")
    texts = got["Nora Vance"]
    assert "I had no answer" in texts and not any("Why would you" in t for t in texts)
    assert "It is what we call ‘deep work’ and it takes years" in texts


def test_a_title_may_stand_between_an_inverted_verb_and_its_speaker_but_not_a_noun_the_name_qualifies():
    got = said("“The river is rising fast,” said former county engineer Tomas Vidal on Sunday.",
               "Mayor Lena Ortega toured the levee. “It is just chaos,” said an Ortega aide.",
               "Judge Rhea Banks spoke first. Kofi Mensah, who led the audit for a decade, said the Banks court "
               "faced “a hard year.”")
    assert "The river is rising fast" in got["Tomas Vidal"]
    assert not any("chaos" in t for t in got.get("Lena Ortega", []))
    got = said("“It was all a test,” said a former aide. Mayor Lena Ortega told reporters the levee held.")
    assert not any("a test" in t for t in got.get("Lena Ortega", []))
    assert not any("hard year" in t for t in got.get("Rhea Banks", []))


def test_a_quote_tagged_by_someone_unnamed_is_not_the_last_speakers():
    got = said("Director Hugo Lind ordered the files moved. “At the time,” the clerk testified, “nobody asked why.”")
    assert not any("At the time" in t or "nobody asked" in t for t in got.get("Hugo Lind", []))


def test_an_inverted_second_speaker_keeps_the_quote_before_their_verb():
    got = said("The coach is “a dreamer,” says former scout Dale Pike — the owner is “the numbers man,” "
               "says Ines Roth, who hired both.")
    assert got["Dale Pike"] == ["a dreamer"]
    assert not any("numbers man" in t for t in _all(got))

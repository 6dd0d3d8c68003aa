"""Whose words: the speaker of a quote or a paraphrase, judged by the shape of its sentence.

Every sentence here is invented. A quote tagged "said <Body> <title> <Name>" is the person's;
"he"/"she" is a person, never a body or a team, and never one named inside the quote; a quote
belongs to the speech verb nearest before it; a speech verb in a subordinate clause ("after
Lee announced …") makes no paraphrase of the reporter's sentence; and a short term held up in
marks inside a reported clause is no quote: the paraphrase is the statement.
"""

from __future__ import annotations

from brief.article import Article
from brief.engines.offline.ent import Ent
from brief.engines.offline.names import Mention
from brief.engines.offline.statements import find_statements

from .offline_probe import said


def _owner(got: dict[str, list[str]], words: str) -> list[str]:
    return [name for name, texts in got.items() if any(words in t for t in texts)]


def test_a_tag_naming_a_body_then_a_titled_person_gives_the_quote_to_the_person():
    got = said("The council met on Monday to debate the budget.",
               "“We will keep fighting for the harbour and its workers,” said Eastport Harbour Trust "
               "Chairman Milo Brandt.")
    assert _owner(got, "keep fighting for the harbour") == ["Milo Brandt"], got
    got = said("Turnout fell in every district this year.",
               "“It does make the count a little harder,” said VDS President Nora Vale.")
    assert _owner(got, "a little harder") == ["Nora Vale"], got


def test_he_is_a_person_never_a_party_named_before_or_inside_the_quote():
    got = said("Senator Ada Quill spoke to voters in Leeds on Friday.",
               "The senator blasted recent Greenway Party claims that the pension fund is failing.",
               "“There is a lot of scare talk from the Greenway Party and people like Otto Renn,” he said. "
               "“In fact, the fund is sound.”")
    assert not _owner(got, "the fund is sound") or _owner(got, "the fund is sound") == ["Ada Quill"], got
    assert "Otto Renn" not in _owner(got, "scare talk"), got


def test_he_is_not_a_body_named_inside_the_quote_even_if_mistyped_as_a_person():
    text = ("Right out of school, Tobin helped finance the purchase of the Harbor Hawks. His degree was put on "
            "hold. “I was so deep in the Harbor Hawks,” he says, “I never looked back.”")
    article = Article.from_paragraphs([text])
    pid = article.paragraphs[0].id
    hawks = Ent("Harbor Hawks", "person", [Mention(pid, i, i + 12, "Harbor Hawks", "span")
                                           for i in (text.index("Harbor Hawks"), text.rindex("Harbor Hawks"))])
    assert not [s for s in find_statements(article, [hawks]) if s.ent is hawks]


def test_a_quote_belongs_to_the_speech_verb_nearest_before_it():
    got = said("After Russia said in May that the dam would open this year, Foreign Minister Vera Holt said "
               "that until the border is settled, “it would be premature to open any project now.”")
    assert _owner(got, "premature to open") == ["Vera Holt"], got


def test_a_speech_verb_in_a_subordinate_clause_is_not_the_reporters_sentence():
    got = said("Lumen Corp said on Tuesday it would cut its emissions by half.",
               "The announcement by the chipmaker is the latest in a run of climate pledges made after President "
               "Carl Brandt announced in 2019 his decision to leave the treaty.")
    assert not _owner(got, "latest in a run of climate pledges"), got


def test_a_term_in_marks_inside_a_reported_clause_is_no_quote_but_the_paraphrase_is():
    got = said("The council passed a ban on kites after the group Friends of the Open Sky said it would fly "
               "drones. FOS said it aims through its “sky guards” effort to stop “cruel” and “reckless” flying.")
    said_by = got.get("Friends of the Open Sky", [])
    assert not any(t in ("sky guards", "cruel", "reckless") for t in said_by), got
    assert any("sky guards" in t for t in said_by), got
    got = said("Mayor Ivo Sand spoke after the vote. Sand said the depot was doing the city a favour by "
               "“storing” its buses free of charge.")
    assert "storing" not in got.get("Ivo Sand", []), got
    got = said("Governor Lena Pike spoke on Monday. She said “some of the members” had begun to change their "
               "minds, and Pike said she searched for the phrase “cheap green power” in May.")
    texts = [t for ts in got.values() for t in ts]
    assert "some of the members" not in texts and "cheap green power" not in texts, got

"""Quotations and datelines in what the offline engine quotes back.

Every sentence here is invented. A quote of several sentences is one sentence of its paragraph
(its tail is no fact of the reporter's), a short term in marks is a scare quote unless it is
introduced as speech, and a dateline ("BERLIN -- ") is no part of the sentence it heads.
"""

from __future__ import annotations

from brief.article import Article
from brief.engines.offline import analyze_raw
from brief.engines.offline import text as offline_text
from brief.engines.offline.text import sentences
from brief.ground import ground

from .offline_probe import said


def _raw(*paragraphs: str):
    article = Article.from_paragraphs(list(paragraphs))
    content = analyze_raw(article)
    assert not [w for w in ground(content, article)[1] if w.startswith("dropped")]
    return content


def test_a_sentence_does_not_end_inside_a_quote_that_closes_later():
    text = ("“Fraud is HERE. Critics can laugh at it, but it is a real problem in the county. We will Root. It. "
            "OUT,” Mayor Ivo Sand posted on Monday. The council met later.")
    got = [s.text for s in sentences("p1", text)]
    assert got[0].endswith("posted on Monday.") and got[1] == "The council met later."
    # a quote left open (it goes on in the next paragraph) does not swallow the paragraph
    opened = "The mayor spoke first. He said: “We will fix it. The council agrees."
    assert [s.text for s in sentences("p1", opened)][0] == "The mayor spoke first."


def test_a_quotes_tail_is_neither_a_key_fact_nor_the_whole_statement():
    content = _raw("Mayor Ivo Sand of Eastport has defended a new anti-fraud campaign that drew ridicule online.",
                   "“Fraud is HERE. Critics can laugh at it, but when it comes down to it, fraud is a real problem "
                   "in the county. We are here to Root. It. OUT,” Sand posted on Monday night.",
                   "I boarded a bus on May 15 with my two brothers and a cousin from the village, the migrant recalled.",
                   "“I reached the border at dawn. From there, I tried to cross on May 16 but was caught by police "
                   "and sent back,” he said.")
    facts = [f.text for f in content.key_facts]
    assert not any("Critics can laugh" in f or "From there" in f for f in facts), facts
    assert not any("OUT" in e.event for e in content.timeline)
    sand = next(a for a in content.key_actors if a.name == "Ivo Sand")
    assert [s.text for s in sand.statements] == ["We are here to Root. It. OUT"]


def test_a_short_term_in_marks_is_a_scare_quote_unless_introduced_as_speech():
    got = said("Dana Stier, a data analyst in Ohio, has tracked the accounts for months. Because users can switch "
               "between being companies, “creators,” and ordinary people, Stier says the lines have blurred. "
               "“This thing is broken,” he says.")
    assert "creators" not in got["Dana Stier"] and "This thing is broken" in got["Dana Stier"]
    got = said("Senator Ruth Alcott was asked whether she would resign. “Absolutely not,” Alcott said.",
               "Asked again on Friday, Alcott said: “Not now.”")
    assert "Absolutely not" in got["Ruth Alcott"] and "Not now" in got["Ruth Alcott"]


def test_a_dateline_is_stripped_from_what_the_engine_quotes():
    assert offline_text.undated("NEW YORK (Reuters) - Oil prices fell on Monday.") == "Oil prices fell on Monday."
    assert offline_text.undated("NEW DELHI: Their dream ended at the border.") == "Their dream ended at the border."
    assert offline_text.undated("Dekalb, Ill. — Mike Glass teaches history.") == "Mike Glass teaches history."
    assert offline_text.undated("Indianapolis – Several thousand teachers rallied.") == "Several thousand teachers rallied."
    assert offline_text.undated("WASHINGTON, March 3 (AP) — The Senate voted.") == "The Senate voted."
    assert offline_text.undated("(CNN) — The Senate voted.") == "The Senate voted."
    for kept in ("Mike Glass — a teacher at the school — said it was over.", "Oil prices fell - again - on Monday.",
                 "Update: the vote was delayed.", "Mike Glass: Teachers deserve better pay."):
        assert offline_text.undated(kept) == kept
    content = _raw("BERLIN -- The European Space Agency says its probe has landed safely on the comet after a "
                   "ten-year journey.", "The agency's director called it a great day for science in Europe.")
    assert content.bottom_line.startswith("The European Space Agency says")
    assert content.key_facts[0].text.startswith("The European Space Agency says")
    agency = next(a for a in content.key_actors if a.name == "European Space Agency")
    assert agency.statements and all(not s.text.startswith("BERLIN") for s in agency.statements)


def test_a_sentences_subject_says_what_its_participle_clause_says():
    got = said("A man pleaded guilty to threatening Rep. Nora Vance, the prosecutor's office announced on Monday.",
               "Rep. Nora Vance asked Judge Tom Reed for mercy in a letter posted online, saying she did not think "
               "a long sentence would help. She added, “We must teach the defendant love.”",
               "“The answer to hate is not more hate,” she wrote in her letter.")
    texts = got.get("Nora Vance", [])
    assert "We must teach the defendant love" in texts and "The answer to hate is not more hate" in texts
    assert any("saying she did not think" in t for t in texts)


def test_a_clause_another_subject_says_is_not_the_speakers_paraphrase():
    got = said("President Omid Farahani met the prime minister in Tehran on Friday.",
               "The two countries say they are close to signing a partnership agreement, something Farahani said on "
               "Friday he hoped could be finalised at the summit next month.")
    texts = got.get("Omid Farahani", [])
    assert texts and not any(t.startswith("The two countries") for t in texts), texts
    got = said("President Omid Farahani met the prime minister in Tehran on Friday.",
               "Officials say the agreement is nearly ready, Farahani said.")
    assert any(t.startswith("Officials say") for t in got.get("Omid Farahani", []))


def test_more_dateline_shapes_are_stripped():
    assert offline_text.undated("KYIV, March 3 (Reuters) - Russia struck the grid.") == "Russia struck the grid."
    assert offline_text.undated("NEW YORK (AP) — Stocks fell on Monday.") == "Stocks fell on Monday."
    assert offline_text.undated("WASHINGTON The U.S. Federal Reserve raised rates.") == "The U.S. Federal Reserve raised rates."
    assert offline_text.undated("NEW YORK A jury found him guilty.") == "A jury found him guilty."
    for kept in ("FBI Director Chris Wray said it was over.", "US President Joe Biden spoke.",
                 "Mike Glass The teacher said.", "Washington The city said."):
        assert offline_text.undated(kept) == kept


def test_a_dateline_with_an_abbreviated_date_is_one_sentence():
    text = 'WASHINGTON (Aug. 13) -- Declaring "the soul of the Corps" is at stake, Gates ordered a review.'
    first = offline_text.sentences("p1", text)[0].text
    assert offline_text.undated(first) == 'Declaring "the soul of the Corps" is at stake, Gates ordered a review.'

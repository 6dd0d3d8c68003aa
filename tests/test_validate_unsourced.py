"""Fields that cite no paragraph (headline, bottom line, why it matters, inferred stakes, open
questions without evidence) answer to the whole article: no invented quote, number or name."""

from __future__ import annotations

import pytest

from brief.article import Article
from brief.pipeline import load_article
from brief.schema import BriefingContent, OpenQuestion, Stake
from brief.unsourced import invented_names
from brief.ground import ground
from brief.validate import Problem, validate
from tests.conftest import EXAMPLES

HARBOR = EXAMPLES / "sample-harbor-strike.txt"

INVENTED = {  # check -> (text with the invention, what the error says)
    "quote": ('The union vowed to stay out "until the bitter end" at Port Avalen.', "quotation not found verbatim"),
    "number": ("The strike ended on Wednesday with a 20 percent raise.", "number 20 does not occur"),
    "name": ("Vladimir Putin said the strike at Port Avalen must end.", "name 'Vladimir Putin' does not occur"),
}


@pytest.fixture(scope="module")
def harbor() -> Article:
    if not HARBOR.is_file():
        pytest.skip("examples/sample-harbor-strike.txt is not present")
    return load_article(HARBOR)


def _content(**kw) -> BriefingContent:
    base = dict(headline="Dock workers walk out at Port Avalen as pay talks collapse",
                bottom_line="Dock workers at Port Avalen walked off the job on Tuesday.",
                why_it_matters="At least 40 cargo ships are waiting outside the harbour.", key_facts=[],
                key_actors=[], stakes=[], sourcing_caveats=[], timeline=[], whats_next=[], open_questions=[])
    return BriefingContent(**{**base, **kw})


def _inferred(what: str) -> Stake:
    return Stake(who="regional exporters", what=what, direction="loss", consequence=None, timeframe=None,
                 basis="inferred", evidence=[])


def _errors(content: BriefingContent, article: Article) -> list[Problem]:
    return [p for p in validate(content, article) if p.level == "error"]


FIELDS = {  # field -> (how to put the text there, where the error is reported)
    "headline": (lambda t: _content(headline=t), "headline"),
    "bottom_line": (lambda t: _content(bottom_line=t), "bottom_line"),
    "why_it_matters": (lambda t: _content(why_it_matters=t), "why_it_matters"),
    "inferred_stake": (lambda t: _content(stakes=[_inferred(t)]), "stakes[0].what"),
    "open_question": (lambda t: _content(open_questions=[OpenQuestion(question=t, evidence=[])]),
                      "open_questions[0].question"),
}


def test_the_faithful_briefing_passes(harbor):
    assert _errors(_content(), harbor) == []


@pytest.mark.parametrize("check", list(INVENTED))
@pytest.mark.parametrize("field", list(FIELDS))
def test_rejects_invention_in_a_field_that_cites_nothing(harbor, field, check):
    build, where = FIELDS[field]
    text, what = INVENTED[check]
    errors = _errors(build(text), harbor)
    assert [(p.where, p.what[: len(what)]) for p in errors] == [(where, what)]
    assert errors[0].hint  # the re-ask says what to do


def test_no_false_positive_for_names_and_numbers_as_the_article_gives_them(harbor):
    """A possessive, a surname alone, "87%" for "87 percent", "2300" for "2,300", a spelt-out acronym."""
    content = _content(
        bottom_line="Ilse Rendahl's Avalen Dockers' Union says 2300 members walked out after a ballot with 87% "
                    "in favour; Transport Minister Lind may appoint a mediator.",
        why_it_matters='Rendahl said the strike will last "as long as it takes", costing up to $15m a day.',
        stakes=[_inferred("Harbour Line's exporters could lose $15 million a day.")],
        open_questions=[OpenQuestion(question="Was the 9 March ballot lawful, as the Avalen District Court "
                                              "must decide on 21 March?", evidence=[])])
    assert _errors(content, harbor) == []


def test_a_title_case_headline_is_read_leniently(harbor):
    """Title Case capitalises plain words ("Stage Indefinite Walkout"), so only a run none of whose
    words the article has counts there; a sentence-case headline is held like the bottom line."""
    assert _errors(_content(headline="Avalen Dockers Stage Indefinite Walkout Over Pay"), harbor) == []
    assert _errors(_content(headline="Avalen dockers stage indefinite walkout over pay"), harbor) == []
    wrong = _errors(_content(headline="Vladimir Putin Intervenes in Port Avalen Strike"), harbor)
    assert [(p.where, p.what) for p in wrong] == [
        ("headline", "name 'Vladimir Putin Intervenes' does not occur in the article")]


def test_a_stated_stake_with_evidence_is_checked_as_before(harbor):
    """Only evidence-less items answer to the whole article; cited ones answer to their paragraphs."""
    stake = Stake(who="Avalen Dockers' Union", what="Members may lose pay.", direction="loss", consequence=None,
                  timeframe=None, basis="stated", evidence=["p2"])
    assert _errors(_content(stakes=[stake]), harbor) == []


def test_ground_drops_an_inferred_stake_with_an_invented_name(harbor):
    content = _content(stakes=[_inferred(INVENTED["name"][0]), _inferred("Exporters could lose money.")])
    grounded, warnings = ground(content, harbor)
    assert [s.what for s in grounded.stakes] == ["Exporters could lose money."]
    assert any("Vladimir Putin" in w for w in warnings)


def test_spelt_out_acronyms_and_known_surnames_are_not_invented():
    full = "The EU and the U.S. met. Mr Putin's aides spoke to Russia's president."
    assert invented_names("The European Union and the United States met Vladimir Putin.", full) == []
    assert invented_names("Russian President Vladimir Putin met Sergei Lavrov.", full) == ["Sergei Lavrov"]

"""The validator rejects what the article does not support, and ``ground`` drops it."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.article import Article
from brief.schema import Actor, BriefingContent, Caveat, KeyFact, Statement, TimelineEntry
from brief.ground import ground
from brief.validate import Problem, quoted, validate, validate_json

SEED = Path(__file__).resolve().parents[1] / "examples" / "independent-putin-iran.txt"


@pytest.fixture(scope="module")
def seed() -> Article:
    if not SEED.is_file():
        pytest.skip("examples/independent-putin-iran.txt is not present")
    lines = SEED.read_text(encoding="utf-8").splitlines()[6:20]
    lines[0] = lines[0].replace("Your support makes all the difference.", "", 1)
    return Article.from_paragraphs(lines)


def _putin(**kw) -> Actor:
    base = dict(id="vladimir-putin", name="Vladimir Putin", aliases=["Putin", "the Russian leader"], type="person",
                role="president", affiliation=None, country="Russia", stance=None, statements=[], evidence=["p1"])
    return Actor(**{**base, **kw})


def _said(text: str, pid: str, direct: bool = True) -> Statement:
    return Statement(text=text, direct_quote=direct, cue_verb="said", channel="state_media", via="Tass", evidence=[pid])


def _content(**kw) -> BriefingContent:
    base = dict(headline="Putin hails close ties with Iran", bottom_line="Putin met Pezeshkian.",
                why_it_matters="Russia and Iran are moving closer.", key_facts=[], key_actors=[], stakes=[],
                sourcing_caveats=[], timeline=[], whats_next=[], open_questions=[])
    return BriefingContent(**{**base, **kw})


def _errors(content: BriefingContent, article: Article) -> list[Problem]:
    return [p for p in validate(content, article) if p.level == "error"]


def test_grounded_briefing_passes(seed):
    quote = "We are actively working together in the international arena"
    content = _content(
        key_facts=[KeyFact(text="Bout brokered a sale of $10 million of weapons.", status="claimed",
                           attributed_to=None, evidence=["p7"])],
        key_actors=[_putin(statements=[_said(quote, "p3")], evidence=["p1", "p3"])],
        sourcing_caveats=[Caveat(id="c1", type="denial", detail="Bout denies it.", cue="Bout has denied this",
                                 applies_to=["vladimir-putin"], evidence=["p7"])],
        timeline=[TimelineEntry(when="in 2015", date=None, event="Black cars banned.", evidence=["p4"])],
    )
    assert _errors(content, seed) == []


def test_straight_quotes_match_curly_ones(seed):
    text = '"We are actively working together in the international arena"'
    content = _content(key_actors=[_putin(statements=[_said(text, "p3", direct=False)], evidence=["p3"])])
    assert _errors(content, seed) == []


def test_rejects_invented_quote(seed):
    content = _content(key_actors=[_putin(statements=[_said("Iran is our closest ally", "p3")])])
    assert any("not found verbatim" in p.what for p in _errors(content, seed))


def test_rejects_invented_quote_inside_a_fact(seed):
    fact = KeyFact(text='Putin called the ties "unbreakable".', status="reported", attributed_to=None, evidence=["p1"])
    assert any("not found verbatim" in p.what for p in _errors(_content(key_facts=[fact]), seed))


@pytest.mark.parametrize("pid, quote", [
    ("p11", "Economically and culturally, our communications are being strengthened"),  # Pezeshkian's, to Putin
    ("p10", "the situation in the Middle East will not be ignored"),  # Peskov's "he reportedly said"
    ("p12", "The growing trend of cooperation between Iran and Russia"),  # Pezeshkian's "he said"
])
def test_rejects_misattributed_quote(seed, pid, quote):
    pezeshkian = Actor(id="masoud-pezeshkian", name="Masoud Pezeshkian", aliases=["Pezeshkian"], type="person",
                       role=None, affiliation=None, country="Iran", stance=None, statements=[], evidence=["p1"])
    peskov = Actor(id="dmitry-peskov", name="Dmitry Peskov", aliases=[], type="person", role="spokesman",
                   affiliation="Kremlin", country=None, stance=None, statements=[], evidence=["p9"])
    content = _content(key_actors=[_putin(statements=[_said(quote, pid)]), pezeshkian, peskov])
    assert any("not attributed to 'Vladimir Putin'" in p.what for p in _errors(content, seed))


def test_accepts_correctly_attributed_pronoun_quotes(seed):
    peskov = Actor(id="dmitry-peskov", name="Dmitry Peskov", aliases=["Peskov"], type="person", role="spokesman",
                   affiliation="Kremlin", country=None, stance=None, evidence=["p9"],
                   statements=[_said("In any case, there will be a serious conversation", "p10")])
    assert _errors(_content(key_actors=[_putin(), peskov]), seed) == []


def test_rejects_actor_absent_from_text(seed):
    ghost = _putin(id="sergei-lavrov", name="Sergei Lavrov", aliases=["Lavrov"])
    assert any("does not occur in the article" in p.what for p in _errors(_content(key_actors=[ghost]), seed))


def test_rejects_alias_absent_from_text(seed):
    actor = _putin(aliases=["Putin", "VVP"])
    assert [p.where for p in _errors(_content(key_actors=[actor]), seed)] == ["key_actors[0].aliases[1]"]


def test_rejects_unknown_evidence_id(seed):
    errors = _errors(_content(key_actors=[_putin(evidence=["p1", "p99"])]), seed)
    assert any("unknown evidence id 'p99'" in p.what for p in errors)


def test_rejects_number_not_in_cited_paragraph(seed):
    fact = KeyFact(text="Bout brokered a sale of $12 million of weapons.", status="claimed", attributed_to=None,
                   evidence=["p7"])
    assert any("number 12" in p.what for p in _errors(_content(key_facts=[fact]), seed))


def test_rejects_number_cited_from_the_wrong_paragraph(seed):
    fact = KeyFact(text="Bout brokered a sale of $10 million of weapons.", status="claimed", attributed_to=None,
                   evidence=["p6"])
    assert any("number 10" in p.what for p in _errors(_content(key_facts=[fact]), seed))


def test_rejects_year_the_article_lacks_anywhere(seed):
    content = _content(bottom_line="Putin met Pezeshkian in October 2024.",
                       timeline=[TimelineEntry(when="22 - 24 October 2024", date="2024-10-22", event="BRICS summit",
                                               evidence=["p8"])])
    where = {p.where for p in _errors(content, seed) if "year 2024" in p.what}
    assert {"bottom_line", "timeline[0].when", "timeline[0].date"} <= where


def test_rejects_caveat_cue_not_in_cited_paragraph(seed):
    cav = Caveat(id="c1", type="anonymous_source", detail="Unnamed sources.", cue="sources familiar with the talks",
                 applies_to=[], evidence=["p7"])
    assert any("cue" in p.what for p in _errors(_content(sourcing_caveats=[cav]), seed))


def test_rejects_caveat_cue_cited_from_the_wrong_paragraph(seed):
    cav = Caveat(id="c1", type="denial", detail="Denied.", cue="has denied", applies_to=[], evidence=["p6"])
    assert any("cue" in p.what for p in _errors(_content(sourcing_caveats=[cav]), seed))


def test_long_headline_is_a_warning_not_an_error(seed):
    problems = validate(_content(headline="x " * 80), seed)
    assert [p.level for p in problems] == ["warning"] and str(problems[0]).startswith("warning: headline")


def test_ground_drops_ungrounded_items_and_names_them(seed):
    ghost = _putin(id="ghost", name="Sergei Lavrov", aliases=[])
    fine = _putin(statements=[_said("Iran is our closest ally", "p3"),
                              _said("our assessments of events taking place in the world are often very close", "p3")])
    bad_cue = Caveat(id="c1", type="denial", detail="Denied.", cue="flatly rejected", applies_to=["ghost"],
                     evidence=["p7"])
    content = _content(key_actors=[fine, ghost], sourcing_caveats=[bad_cue], headline="y " * 80)
    grounded, warnings = ground(content, seed)
    assert [a.id for a in grounded.key_actors] == ["vladimir-putin"]
    assert len(grounded.key_actors[0].statements) == 1
    assert grounded.sourcing_caveats == []
    assert len(grounded.headline) <= 110
    assert any("Sergei Lavrov" in w for w in warnings) and any("flatly rejected" in w for w in warnings)
    assert _errors(grounded, seed) == []


def test_ground_keeps_an_item_when_only_one_evidence_id_is_bad(seed):
    grounded, warnings = ground(_content(key_actors=[_putin(evidence=["p1", "p42"])]), seed)
    assert grounded.key_actors[0].evidence == ["p1"] and len(warnings) == 1


def test_validate_json_reports_schema_errors(seed):
    problems = validate_json({"headline": "x"}, seed)
    assert problems and all(isinstance(p, Problem) for p in problems)
    assert any(p.where == "bottom_line" for p in problems)


def test_validate_json_grounds_a_valid_file(seed):
    data = _content(key_actors=[_putin(evidence=["p77"])]).model_dump()
    assert any("p77" in p.what for p in validate_json(data, seed))


def test_quoted_finds_double_and_curly_single_quotes():
    assert quoted('He said “very close” and ‘serious conversations’, didn\'t he') == [
        "very close", "serious conversations"]


def test_a_parenthesised_sentence_is_a_sentence_of_its_own():
    """"…in Denver. (A spokesperson for Kim said …) …, Lee said, …": Lee's words are Lee's,
    and the spokesperson's are not; an unsplit sentence would read Kim as everyone's speaker."""
    article = Article.from_paragraphs([
        "Kim Harlan met the board in Denver. (A spokesperson for Kim said the board had not been told.) "
        "The two would meet in the afternoons, Lee said, at a hotel near the park.",
        "Lee Moran, a former aide, kept notes of every meeting."])
    kim = Actor(id="kim-harlan", name="Kim Harlan", aliases=["Kim"], type="person", role=None, affiliation=None,
                country=None, stance=None, statements=[], evidence=["p1"])

    def lee(said: str) -> Actor:
        return Actor(id="lee-moran", name="Lee Moran", aliases=["Lee"], type="person", role="former aide",
                     affiliation=None, country=None, stance=None, evidence=["p2"],
                     statements=[Statement(text=said, direct_quote=False, cue_verb="said", channel="direct",
                                           via=None, evidence=["p1"])])

    right = "The two would meet in the afternoons, Lee said, at a hotel near the park."
    assert _errors(_content(key_actors=[kim, lee(right)]), article) == []
    wrong = "A spokesperson for Kim said the board had not been told."
    assert any("not attributed to 'Lee Moran'" in p.what for p in _errors(_content(key_actors=[kim, lee(wrong)]), article))


def _person(name: str, alias: str, statements: list[Statement] = ()) -> Actor:  # type: ignore[assignment]
    return Actor(id=name.lower().replace(" ", "-"), name=name, aliases=[alias], type="person", role=None,
                 affiliation=None, country=None, stance=None, statements=list(statements), evidence=["p1"])


@pytest.mark.parametrize("paragraph, quote, speaker, other", [
    # the quotation's last sentence: its attribution follows after a title in quote marks
    ('"They are a second land army. What could be more American than such a competition?" said Thomas Ricks, '
     'author of "Making the Corps," about boot camp. Robert Gates disagreed.',
     "What could be more American than such a competition?", "Thomas Ricks", "Robert Gates"),
    # the quotation's first sentence: its "he says" comes two sentences on
    ('Jim McKelvey still serves on the board and works on "a couple little initiatives," about which he says '
     'little. "I have been totally replaced. I was doing like 15 different things," he says. Jack Dorsey agrees.',
     "I have been totally replaced.", "Jim McKelvey", "Jack Dorsey"),
    # an apposition naming a firm stands between the speaker and the verb (a model may type a firm named
    # for its founders as a person)
    ('As Steven Levy reported, John Doerr, the partner from Kleiner Perkins, told Larry Page that a CEO would do '
     'a "much better job of building a management team."',
     "much better job of building a management team", "John Doerr", "Kleiner Perkins"),
    # an inch mark is no quote mark: it must not pair with the real one and pull in Smith's sentence
    ('Al Smith, who is 6\u20322\u2033, said the team would win. Bo Jones said, "We are ready."',
     "We are ready.", "Bo Jones", "Al Smith"),
    # a mark left open gains no speaker by widening: the sentence itself names him
    ('"We will appeal, Al Smith said. Bo Jones called the ruling "fair"', "We will appeal", "Al Smith", "Bo Jones"),
])
def test_a_quotation_of_several_sentences_is_read_with_its_attribution(paragraph, quote, speaker, other):
    """The sentence splitter cuts inside quotations; the speaker is found where the quotation's marks close
    (not an inch mark's, nor a mark left open), and the other person named there is not the speaker."""
    article = Article.from_paragraphs([paragraph])
    said = Statement(text=quote, direct_quote=True, cue_verb="said", channel="direct", via=None, evidence=["p1"])
    actors = [_person(speaker, speaker.split()[-1], [said]), _person(other, other.split()[-1])]
    assert _errors(_content(key_actors=actors), article) == []
    wrong = [_person(speaker, speaker.split()[-1]), _person(other, other.split()[-1], [said])]
    assert any(f"not attributed to {other!r}" in p.what for p in _errors(_content(key_actors=wrong), article))

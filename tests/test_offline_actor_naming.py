"""Each common way of naming an actor, one invented sentence each: titles, roles, bodies at work,
a state through its organs, and things that take "the" without acting."""

from __future__ import annotations

import pytest

from brief.article import Article
from brief.engines.offline import analyze
from brief.validate import validate


ACTOR_CASES = [
    ('Marta Kowal', 'person', "Marta Kowal, the city's housing chief, said rents had doubled."),
    ('Tomas Reyes', 'person', '"We will not back down," said Tomas Reyes, a union organiser.'),
    ('Ines Duarte', 'person', 'Prime Minister Ines Duarte announced the budget on Monday.'),
    ('Okafor', 'person', 'Dr. Amaka Okafor, who leads the clinic, warned of shortages. Okafor said supplies would last a week.'),
    ('Brightwave Energy', 'company', 'Brightwave Energy said its profits rose 12% in the quarter.'),
    ('Norvale Inc', 'company', 'Shares of Norvale Inc. fell after the recall.'),
    ('Quillon', 'company', 'The chipmaker Quillon delayed its new factory.'),
    ('Ministry of Health', 'government', 'The Ministry of Health said 40 cases had been confirmed.'),
    ('Green Harbor Alliance', None, 'Members of the Green Harbor Alliance blocked the road to the port.'),
    ('National Renewal Party', 'political_party', 'The National Renewal Party won 14 seats.'),
    ('Eastern Command', 'military', "The army's Eastern Command said it had repelled the attack."),
    ('Red Dawn Brigade', 'armed_group', 'Fighters from the Red Dawn Brigade seized the bridge, the militia said.'),
    ('World Bank', 'international_org', 'The World Bank cut its growth forecast for the region.'),
    ('Daily Meridian', 'media_outlet', 'The Daily Meridian reported that the deal was off.'),
    ('Valdoria', None, 'Valdoria has closed its border. Valdoria said the move was temporary.'),
    ('Kenya', 'government', 'Kenya sent troops to the border on Monday.'),
    ('Harlow', 'person', 'Council leader Jen Harlow defended the cuts. Harlow said there was no alternative.'),
    ('Supreme Court', 'government', 'The Supreme Court ruled that the law was unconstitutional.'),
    ('Fairhaven Police Department', 'government', 'The Fairhaven Police Department arrested two men.'),
    ("Brigid's Hospital", 'other', "Doctors at St. Brigid's Hospital treated 30 people."),
    ('University of Castellan', 'other', 'Researchers at the University of Castellan published the study.'),
    ('Maple Leaf Foods', 'company', 'Maple Leaf Foods recalled its ham after a listeria scare.'),
    ('Tessaly Airlines', 'company', 'Tessaly Airlines cancelled 200 flights.'),
    ('Ahmed Nasser', 'person', 'Ahmed Nasser, 34, was arrested at the scene.'),
    ('Li Wei', 'person', 'Li Wei, a shop owner, said business had collapsed.'),
    ('European Commission', 'international_org', 'The European Commission opened an inquiry into the merger.'),
    ('Hamid Karzai', 'person', 'Former president Hamid Karzai urged calm.'),
    ('Oakridge School Board', None, 'The Oakridge School Board voted to close two schools.'),
]


@pytest.mark.parametrize(("name", "kind", "sentence"), ACTOR_CASES, ids=[c[0] for c in ACTOR_CASES])
def test_each_way_of_naming_an_actor_is_found(name, kind, sentence):
    """Invented names in the common shapes: a title, an apposition, an age, a company's or a body's head word."""
    article = Article.from_paragraphs([sentence])
    content = analyze(article)
    assert not [p for p in validate(content, article) if p.level == "error"]
    found = [a for a in content.key_actors if name in (a.name, *a.aliases)]
    assert found, [(a.name, a.type) for a in content.key_actors]
    assert kind is None or found[0].type == kind


@pytest.mark.parametrize(("name", "sentence"), [
    ("Pentagon", "The Pentagon said it would send more troops."),
    ("Federal Reserve", "The Federal Reserve held interest rates steady."),
    ("Corvane Bureau", "The Corvane Bureau arrested a man in Ohio."),
    ("Ukraine", "Ukraine's military said it shot down 20 drones."),
    ("Red Cross", "The Red Cross said its workers were safe."),
    ("Elon Musk", "Tesla chief executive Elon Musk said production would rise."),
])
def test_an_institution_at_work_and_a_state_through_its_organs_are_actors(name, sentence):
    names = {n for a in analyze(Article.from_paragraphs([sentence])).key_actors for n in (a.name, *a.aliases)}
    assert name in names, names


def test_a_thing_that_takes_the_but_does_not_act_is_not_an_institution():
    article = Article.from_paragraphs(["The Nifty rose 2% on Monday.", "It was dubbed the Black Death, say officials.",
                                       "The RAM is fast and the Thunderbolt ports are many."])
    names = {a.name for a in analyze(article).key_actors}
    assert not names & {"Nifty", "Black Death", "RAM", "Thunderbolt"}, names


# Near misses of the classes above: the same words doing something else.


@pytest.mark.parametrize(("sentence", "name"), [
    ("Ask Damien Chazelle about the film and he will talk for hours.", "Damien Chazelle"),
    ("The aide was blunt: Tell Bo Ruiz the vote is off.", "Bo Ruiz"),
    ("William Tell Smith said the vote was off.", "William Tell Smith"),  # a name that holds the word stays whole
])
def test_a_command_that_opens_a_sentence_is_not_part_of_the_name(sentence: str, name: str) -> None:
    got = [a.name for a in analyze(Article.from_paragraphs([sentence, "Chazelle said so. Ruiz said no. Smith said yes."])).key_actors]
    assert name in got, got

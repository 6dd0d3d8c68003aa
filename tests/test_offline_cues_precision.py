"""Caveat classes read from the tenth held-out set and checked across sets 2-9: unnamed circles and
crowds, accounts passed on, a person's word by who they are, and the cues careful editors did not flag
(a spokesman's job, a term of art, an announcement, a guess about the future). Every sentence is
invented; each class has sentences that must raise it and near misses that must not.
"""

from __future__ import annotations

import pytest

from brief.article import Article, Source
from brief.engines.offline import analyze

from .offline_probe import does_not_raise, each_caveat, each_near_miss, raises

CASES = [
    # A circle around someone, unnamed.
    ("anonymous_source", "Those close to the governor say she will not seek a second term."),
    ("anonymous_source", "Those around the coach admit the squad is exhausted."),
    ("anonymous_source", "Those who know the founder well believe he will sell the firm."),
    ("anonymous_source", "Those who have worked with the minister describe her as impatient."),
    # A vague crowd as the source.
    ("anonymous_source", "Some senior aides privately worry that the budget will fail."),
    ("anonymous_source", "Many Democrats say the bill goes too far."),
    ("anonymous_source", "Several party leaders and donors have complained about the campaign."),
    ("anonymous_source", "A handful of bankers said the merger was rushed."),
    ("anonymous_source", "The plan is doomed, some say."),
    ("anonymous_source", "Some have argued that the tax will hurt farmers."),
    ("anonymous_source", "Officials quietly welcomed the verdict."),
    ("anonymous_source", "One diplomat acknowledged that the talks had stalled."),
    ("anonymous_source", "One executive attributed the loss to the strike."),
    # Accounts passed on without an author.
    ("relayed_report", "One account said the driver had fled on foot."),
    ("relayed_report", "Some local accounts reported that the bridge had collapsed."),
    ("relayed_report", "Earlier accounts suggested the fire began in a kitchen."),
    # Another outlet, however it is named.
    ("relayed_report", "The strike will end on Monday, Harbourwire reported last week."),
    ("relayed_report", "But the Valley Gazette suggested the mayor was about to resign."),
    ("relayed_report", "In an interview with the Valley Gazette, the mayor said she would resign."),
    ("relayed_report", "“The mine is safe,” reported the Valley Gazette."),
    # A person's word by who they are: one person's, a reporter's (relayed), a side's.
    ("single_source", "Ada Okafor has studied the ice for a decade. According to Okafor, the glacier has lost a "
                      "third of its mass."),
    ("relayed_report", "Lena Brandt broke the story. According to Lena Brandt, a reporter at the Valley Gazette, the "
                       "mayor was warned twice."),
    ("party_claim", "Jo Vance has sold a million records. According to Vance, her former agent is blocking the "
                    "release of the album."),
    ("party_claim", "Sam Hollis grows apples. According to Hollis, a spokesman for the growers, the ban will ruin "
                    "the harvest."),
    # Unnamed critics' charges, and the writer's judgment of how someone spoke.
    ("allegation", "Critics say the mayor steered contracts to his friends."),
    ("allegation", "The bill passed despite critics who fear it will gut the watchdog."),
    ("loaded_language", "The senator smugly declared victory before the count."),
    ("loaded_language", "She petulantly dismissed the question as a smear."),
    # A promise about what is delivered is a side's claim.
    ("party_claim", "Norvik boasted that its new battery lasts a week."),
    # An office-holder of a public body still gives its account.
    ("official_account", "The road will reopen next week, said Ann Lee, director of the Highways Agency."),
]

NOT_CAVEATS = [
    # A hedge on the writer's description, or a guess about the future, doubts no claim.
    ("unverified", "The city seemingly grows taller every year."),
    ("unverified", "The minister was ostensibly in Paris for a summit."),
    ("unverified", "Perhaps the new coach can turn the season around."),
    ("unverified", "Perhaps other cities will follow the example."),
    # Some people in a scene, not hearsay.
    ("anonymous_source", "The deportees arrived at dawn. Some said they were tired."),
    ("anonymous_source", "Those close to the fire were evacuated."),
    ("anonymous_source", "Many people visited the museum on Sunday."),
    # A follow-up to the paragraph's unnamed source is the same source, once.
    ("relayed_report", "The account of the battle fills two volumes."),
    # An expert at a research body is not an office's account.
    ("official_account", "The comet will pass in May, said Ravi Patel, director of the Kestrel Observatory."),
    ("official_account", "Prices will rise, says Mia Cole, director of the Center for Energy Policy."),
    ("official_account", "Pay is too low, said Tom Reyes, president of the Dockworkers Union."),
    # A spokesman's job, not a spokesman speaking.
    ("official_account", "She was offered a spokeswoman role but turned it down."),
    ("official_account", "He served as a spokesman for the senator in 2010."),
    ("official_account", "The company's spokesman referred questions to its annual report."),
    # Announcing an action, or admitting one, is the news itself.
    ("official_account", "Acme Corp announced a new factory in Ohio."),
    # A vow to act is an intention the story reports, not a claim of fact.
    ("party_claim", "Governor Ames vowed to rebuild the bridge by spring."),
    ("party_claim", "As a candidate, Ruiz promised to cut the sales tax."),
    # Statements to police are on the record.
    ("relayed_report", "The driver told police he had not seen the cyclist."),
    ("allegation", "The film drew praise from critics at the festival."),
    ("loaded_language", "The minister calmly replied that the figures were wrong."),
    # A term of art, and a verb that says whom someone criticised.
    ("loaded_language", "Both parties proposed a so-called repatriation holiday for overseas profits."),
    ("loaded_language", "So-called neo-banks have grown fast in Europe."),
    ("loaded_language", "The senator slammed the proposal in a speech on Monday."),
    ("loaded_language", "The newspaper blasted South Korea for the drills."),
]


@each_caveat(CASES)
def test_each_phrasing_raises_its_caveat_type(kind, sentence):
    raises(kind, sentence)


@each_near_miss(NOT_CAVEATS)
def test_a_near_miss_does_not_raise_the_caveat(kind, sentence):
    does_not_raise(kind, sentence)


def test_so_called_still_doubts_people_and_institutions():
    content = analyze(Article.from_paragraphs(["The so-called experts were wrong again."]))
    assert "loaded_language" in {c.type for c in content.sourcing_caveats}


def test_the_people_said_counts_once_after_people_familiar_with_it():
    """", the people said" restates the paragraph's unnamed source; on its own it is one."""
    both = analyze(Article.from_paragraphs(["The bid was raised, according to people familiar with the talks. "
                                            "The board will meet on Friday, the people said."]))
    alone = analyze(Article.from_paragraphs(["The board will meet on Friday, the people said."]))
    count = lambda c: sum(x.type == "anonymous_source" for x in c.sourcing_caveats)  # noqa: E731
    assert (count(both), count(alone)) == (1, 1), (both.sourcing_caveats, alone.sourcing_caveats)


@pytest.mark.parametrize(("kind", "sentence"), [
    ("official_account", "A spokesman for the port authority told the Daily Ledger the cranes were idle."),
    ("party_claim", "Marek Sloan, who owns the yard, told the Daily Ledger the deal was fair.")])
def test_told_the_publisher_is_the_teller_s_account_not_a_relay(kind, sentence):
    """On the Ledger's own site "told the Daily Ledger" relays nothing, but it is still one party's word."""
    own = Article.from_paragraphs([sentence], source=Source(url="https://www.dailyledger.com/news/1"))
    types = {c.type for c in analyze(own).sourcing_caveats}
    assert kind in types and "relayed_report" not in types, types

"""The caveat classes of wire and metro hard news, one invented sentence each, and their near misses.

Written for the ninth held-out set's classes (non-answers, unnamed people, police suspicion, open
questions, consensus asserted, the writer's asides, the publisher's own reporting) and the common
wire phrasings of the same classes; no sentence is an article's own wording.
"""

from __future__ import annotations

import pytest

from brief.article import Article, Source
from brief.engines.offline import analyze

from .offline_probe import does_not_raise, each_caveat, each_near_miss, raises

CASES = [
    ("denial", "The mayor's office ignored a request for comment on the audit."),
    ("denial", "The contractor did not respond to a question about the missing invoices."),
    ("denial", "The ministry has not responded to requests to explain the figures."),
    ("denial", "The coach declined to be interviewed for this story."),
    ("denial", "A press officer said the minister was not immediately available."),
    ("denial", "Asked about the layoffs, the chief executive was refusing to comment."),
    ("denial", "The agency has refused to reveal which firms were fined."),
    ("denial", "Investigators declined to offer details about the raid."),
    ("denial", "The league has not said whether it will appeal the ruling."),
    ("denial", "The owner did not return phone messages on Thursday."),
    ("anonymous_source", "Three parents tell the Courier that the school hid the report."),
    ("anonymous_source", "A shop owner who saw the crash said the van never braked."),
    ("anonymous_source", "The fire started in the kitchen, said a neighbor."),
    ("anonymous_source", "The board was split, according to interviews with a dozen staff."),
    ("anonymous_source", "Most respondents answered the questionnaire anonymously."),
    ("anonymous_source", "Followers of Balkan politics say the vote was never in doubt."),
    ("anonymous_source", "It is understood that the club has rejected the bid."),
    ("unverified", "It is widely believed that the general ordered the purge."),
    ("unverified", "There is a widespread perception among investors that the bank is fragile."),
    ("unverified", "The deputy, considered likely to succeed him, said nothing."),
    ("unverified", "The terms of the deal have not been made public."),
    ("unverified", "It is not publicly known how much the land cost."),
    ("relayed_report", "Studies have also found that the drug raises blood pressure."),
    ("allegation", "The man believed to be responsible for the fire was arrested on Sunday."),
    ("allegation", "Detectives believe the two robberies are linked."),
    ("allegation", "Two women were detained on Tuesday in connection with the fraud."),
    ("allegation", "A teacher suspected of theft was suspended."),
    ("allegation", "The families filed suit, alleging negligence by the hospital."),
    ("conflicting_accounts", "The motive for the attack was not immediately clear."),
    ("conflicting_accounts", "Weeks after the crash there are many questions and few answers."),
    ("conflicting_accounts", "The records make it impossible to determine who signed the order."),
    ("conflicting_accounts", "While the company says the spill was small, fishermen say the bay is ruined."),
    ("conflicting_accounts", "The army subsequently conceded that the strike had hit a school."),
    ("preliminary", "At least one firefighter was injured in the blaze."),
    ("preliminary", "Police have found 40 victims so far and expect to find more."),
    ("preliminary", "An early look at the ballots suggests turnout was high."),
    ("official_account", "The bank said in an emailed statement that no accounts were affected."),
    ("official_account", "Attorney General Maria Ochoa announced the charges on Monday."),
    ("official_account", "Statements by the port authority and the city council said the pier was safe."),
    ("official_account", "An internal audit found the hospital had lost 300 files."),
    ("party_claim", "A spokeswoman for the nurses' union said the strike would go on."),
    ("loaded_language", "The plan worked, in something of an understatement, tolerably well."),
    ("loaded_language", "The senator tore into the nominee during the hearing."),
    ("loaded_language", "The governor took aim at the teachers in his budget speech."),
    ("loaded_language", "The protest was met with misleading police statements."),
    ("loaded_language", "The event was organised by a right-wing provocateur."),
    ("loaded_language", "To call the result a mandate is to insult voters' intelligence."),
    ("single_source", "The boy was pulled from the river, according to his uncle."),
    ("single_source", "The gun was traced to a dealer, according to a senior police official."),
    ("loaded_language", "It would be an understatement to call the rollout bumpy."),
    # Common wire phrasings of the same classes.
    ("denial", "The former mayor has pleaded not guilty to all counts."),
    ("denial", "The coach maintains his innocence."),
    ("denial", "A lawyer for the landlord said the allegations were without merit."),
    ("denial", "Messages left with the clinic were not returned."),
    ("denial", "Calls to the consulate went unanswered on Friday."),
    ("unverified", "The minister said, without evidence, that the fire was set by migrants."),
    ("allegation", "The accountant faces four counts of forgery."),
    ("allegation", "The suspected smugglers were detained at the border."),
    ("conflicting_accounts", "Details of the raid were scarce on Sunday night."),
    ("preliminary", "Ballots were still being counted late on Tuesday."),
    ("anonymous_source", "A customs source told the paper the shipment was seized."),
    ("anonymous_source", "The letter was described to reporters by two people who have read it."),
    ("relayed_report", "The Harbor Gazette first reported the sale."),
    ("denial", "The landlord did not get back to the Harbor Gazette by Friday."),
    ("preliminary", "The latest estimate puts the death toll at 40."),
]

NOT_CAVEATS = [
    ("denial", "The striker was denied a penalty in the second half."),
    ("denial", "The rebels did not respond to calls for a ceasefire."),
    ("anonymous_source", "Police said a man was arrested near the station."),
    ("anonymous_source", "Two people were injured when the roof fell in."),
    ("anonymous_source", "Ann Lee, a resident, said the water had risen overnight."),
    ("anonymous_source", "The mayor said in interviews that she would run again."),
    ("unverified", "The talks are widely reported on state television."),
    ("relayed_report", "The studies found that the drug was safe."),
    ("relayed_report", "Several studies have found that sleep aids recovery (12, 13)."),
    ("allegation", "Officials believe the economy will grow next year."),
    ("allegation", "The festival was held in connection with the town's anniversary."),
    ("conflicting_accounts", "The sky was clear over the harbour all morning."),
    ("conflicting_accounts", "While the band played, the crowd sang along."),
    ("conflicting_accounts", "The senator later admitted she had voted for the bill."),
    ("preliminary", "At least one of the paintings is a fake."),
    ("preliminary", "At least five of the 12 judges voted to hear the case."),
    ("preliminary", "Traders expect at least two and possibly three rate rises next year."),
    ("party_claim", "The threat, which turned out to be a hoax, closed every school."),
    ("official_account", "The governor's race tightened after Labor Day."),
    ("loaded_language", "The storm tore through the coastal town overnight."),
    ("official_account", "The board hired a law firm to conduct an internal investigation into the matter."),
    ("conflicting_accounts", "It is hard to know if the new phones will sell."),
    ("loaded_language", "The families sued the county, alleging excessive force by deputies."),
    ("single_source", "According to their spokesman, the band will tour in May."),
    ("denial", "The defender pleaded with the referee to stop the game."),
    ("allegation", "Police found the suspected cause of the leak."),
    ("conflicting_accounts", "Details of the new bus routes are on the council's website."),
    ("official_account", "A lawyer for the council said the hearing would resume in June."),
    ("relayed_report", "The report was seen by more than a million viewers."),
    # "get back to" a place is a return, not a non-answer; "estimate" the verb is no estimate of a figure.
    ("denial", "Lawmakers did not get back to Washington until Tuesday, delaying the vote."),
    ("denial", "The senator didn't get back to Congress before the vote."),
    ("preliminary", "Researchers estimate places like Miami will flood more often by 2050."),
]


@each_caveat(CASES)
def test_each_phrasing_raises_its_caveat_type(kind, sentence):
    raises(kind, sentence)


@each_near_miss(NOT_CAVEATS)
def test_a_near_miss_does_not_raise_the_caveat(kind, sentence):
    does_not_raise(kind, sentence)


def test_the_publisher_s_own_interview_relays_nothing_but_another_outlet_s_does():
    """"told the Daily Ledger" on the Ledger's own site is first-hand; in another paper it is relayed."""
    body = ["“We had no warning,” the principal told the Daily Ledger on Friday."]
    own = Article.from_paragraphs(body, source=Source(url="https://www.dailyledger.com/news/1"))
    other = Article.from_paragraphs(body, source=Source(url="https://www.courier.com/news/1", publisher="courier.com"))
    relayed = lambda a: [c.cue for c in analyze(a).sourcing_caveats if c.type == "relayed_report"]  # noqa: E731
    assert relayed(own) == [] and relayed(other), (relayed(own), relayed(other))


def test_a_spokesman_yields_to_the_statement_named_in_the_same_sentence():
    content = analyze(Article.from_paragraphs(
        ["“The line is safe,” Norail spokesman Ivo Kral said in an emailed statement on Monday."]))
    official = [c.cue for c in content.sourcing_caveats if c.type == "official_account"]
    assert official == ["said in an emailed statement"], official


def test_an_internal_report_speaks_for_the_body_that_wrote_it():
    content = analyze(Article.from_paragraphs([
        "An internal report on the district's flood response found that alarms failed.",
        "Pumps were switched off too early, the report said."]))
    second = [c.type for c in content.sourcing_caveats if c.evidence == ["p2"]]
    assert second == ["official_account"], [(c.type, c.cue, c.evidence) for c in content.sourcing_caveats]


# Classes read from the twelfth held-out set, each counted on sets 2-12 first; invented sentences.
SET12_CASES = [
    # The writer reading a mind (sets 6 and 12).
    ("loaded_language", "The producers appear completely oblivious to what the casting implies."),
    ("loaded_language", "The new owner seemed to relish the chance to fire the old board."),
    ("loaded_language", "Again, the council appears unaware of what its own map shows."),
    ("loaded_language", "The champion crashed out after a humiliating defeat in the first round."),
    # A minimum or estimated sum of money is not a count (sets 10 and 12).
    ("preliminary", "The flood caused at least $40 million in damage to the port."),
    ("preliminary", "The new bridge will cost an estimated £3 billion."),
    # Estimates as the source of a figure (sets 10 and 12).
    ("preliminary", "Estimates of the damage put the repair bill near $2 billion."),
    ("preliminary", "Conservative estimates suggest the scheme will cost more."),
    # Non-answers to the publisher, and insiders talking to it.
    ("denial", "The singer's publicist didn't get back to us."),
    ("anonymous_source", "But insiders tell us the merger is off."),
    ("anonymous_source", "Sources tell us that the coach will quit in May."),
    ("relayed_report", "The band says it declined, but other reports suggest the offer was never made."),
    ("relayed_report", "Copper rose as reports of a crackdown on smelters spread."),
    # Answers that withhold the detail asked for (set 10's two wire phrasings of the non-answer class).
    ("denial", "The fund made a profit on the trade, the filing said, without elaborating."),
    ("denial", "Prices will rise, a spokeswoman said, declining to be more specific."),
]

SET12_NOT = [
    ("loaded_language", "The comet appears on the horizon just before dawn."),
    ("loaded_language", "The council appears to have approved the plan."),
    ("preliminary", "Members pay at least $5 per month."),
    ("preliminary", "The bank's estimates were revised in May."),
    ("denial", "The clerk didn't get back to work until June."),
    ("anonymous_source", "The sources tell a different story about the war."),
    ("relayed_report", "The storm was as bad as reports had warned."),
    ("denial", "The court ruled without elaborate ceremony."),
    ("denial", "The coach was asked to be more specific about the injury."),
    # Fame and surprise words that editors on two sets never marked as the publisher's judgement.
    ("loaded_language", "She was one of the most iconic singers of the decade."),
    ("loaded_language", "The leak revealed shocking details of the programme."),
    # A sentence opening "No" is not a speaker making a promise.
    ("party_claim", "A fair wage. No guarantees. Just a fair chance."),
]


@each_caveat(SET12_CASES)
def test_set12_classes_raise_their_caveat_type(kind, sentence):
    raises(kind, sentence)


@each_near_miss(SET12_NOT)
def test_set12_near_misses_do_not_raise(kind, sentence):
    does_not_raise(kind, sentence)


@pytest.mark.parametrize(("kind", "sentence"), [
    ("party_claim", "“The embryos are his too,” the family's lawyer Ann Marsh told us."),
    ("official_account", "Norail Corp. told us that the line would reopen on Monday."),
])
def test_told_us_is_the_teller_s_own_account(kind, sentence):
    """"told us" is told to the publisher: first-hand, but the teller's version, typed by who tells it."""
    assert kind in {c.type for c in analyze(Article.from_paragraphs([sentence])).sourcing_caveats}


def test_residents_told_us_is_not_a_side_s_claim():
    got = analyze(Article.from_paragraphs(["Residents told us the water had been brown for weeks."]))
    assert "party_claim" not in {c.type for c in got.sourcing_caveats}, got.sourcing_caveats


def test_has_learned_is_unnamed_only_in_the_publisher_s_own_voice():
    """"The Daily Ledger has learned" on the Ledger's site names no source; a person learning something is news."""
    body = ["The Daily Ledger has learned that the mayor will resign next week."]
    own = Article.from_paragraphs(body, source=Source(url="https://www.dailyledger.com/news/1"))
    other = Article.from_paragraphs(["Ann Lee has learned that the plant will close next week."],
                                    source=Source(url="https://www.dailyledger.com/news/2"))
    unnamed = lambda a: [c.cue for c in analyze(a).sourcing_caveats if c.type == "anonymous_source"]  # noqa: E731
    assert unnamed(own) == ["The Daily Ledger has learned"] and unnamed(other) == [], (unnamed(own), unnamed(other))


def test_not_getting_back_to_the_publisher_by_name_is_a_non_answer_only_in_its_own_pages():
    """"did not get back to Page Six" in Page Six is a non-answer; to a name that is not an outlet's, a return."""
    body = ["The singer did not get back to Page Six by press time."]
    own = Article.from_paragraphs(body, source=Source(url="https://pagesix.com/2024/05/01/x"))
    other = Article.from_paragraphs(body, source=Source(url="https://www.dailyledger.com/news/1"))
    denials = lambda a: [c.cue for c in analyze(a).sourcing_caveats if c.type == "denial"]  # noqa: E731
    assert denials(own) == ["did not get back to Page Six"] and denials(other) == [], (denials(own), denials(other))


# Caveats known by the shape of the clause, written after set 12's misses, and their near misses.
SHAPES = [
    # an outlet the lexicon does not know, named by what it does: it reports, or it published a piece
    ("relayed_report", "But after weeks of rumours, the Lantern reports that the singer will not perform."),
    ("relayed_report", "Shares rose after the Corriere Mercantile reported that the bank would be rescued."),
    ("relayed_report", "Adding to the pressure, a Harbor Gazette article quoted a fan who had left early."),
    ("relayed_report", "The valuation fell after a Vantage Weekly op-ed questioned the accounts."),
    # an office given in apposition before the words: the holder speaks for the office, or for a side
    ("official_account", "Ivo Brandt, the county's deputy commissioner for public information, said the alert worked."),
    ("official_account", "Lena Ortiz, director of communications at the port authority, told reporters the ship was safe."),
    ("official_account", "Sam Okafor, a spokesman for the airline, said flights would resume on Monday."),
    ("party_claim", "Dee Marsh, spokeswoman for the Clean Rivers Coalition, said the spill was covered up."),
    # confirming a fact is an account (confirming a person is not: below)
    ("official_account", "The Ministry of Health confirmed on Tuesday that two more cases had been found."),
]
SHAPE_NEAR_MISSES = [
    # a body of state that reports is an official source; a weekday's report, a person's, no outlet at all
    ("relayed_report", "The Department of Social Services reported that the waiting list had grown."),
    ("relayed_report", "Officials gave details after a Monday investigation of the site."),
    ("relayed_report", "Police searched the lot once Maria Lopez reported that her car was missing."),
    # companies, places, bodies and common nouns report and investigate too; a columnist is a person
    ("relayed_report", "Shares fell after Nvidia reported weaker margins than analysts expected."),
    ("relayed_report", "The debate intensified after Texas reported 400 new cases in a single day."),
    ("relayed_report", "Witnesses reported that the gunman fled on foot toward the river."),
    ("relayed_report", "A Harvard investigation found no evidence of misconduct by the professor."),
    ("relayed_report", "A Paul Krugman op-ed argued that tariffs would raise prices for consumers."),
    # an initial is not a name: "according to H" once made an outlet called H
    ("relayed_report", "The fixes will make things worse, according to H. David Rosenbloom, a tax lawyer."),
    # a role that is no office
    ("official_account", "Jane Roe, the film's director, said the shoot ran late."),
    ("official_account", "Tom Vale, a commissioner's nephew, was at the game."),
    # "confirmed"/"added" with a named object is a deed: a vote that confirms a nominee, a panel that adds a member
    ("official_account", "The president nominated her, and the Senate confirmed Okafor by a vote of 53-36."),
    ("official_account", "Last month the Ministry of Health added Dana Whitfield to its vaccine panel."),
]


@each_caveat(SHAPES)
def test_a_clause_s_shape_raises_its_caveat_type(kind, sentence):
    raises(kind, sentence)


@each_near_miss(SHAPE_NEAR_MISSES)
def test_a_near_miss_of_a_shape_does_not_raise(kind, sentence):
    does_not_raise(kind, sentence)

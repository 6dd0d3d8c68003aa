"""Caveat and actor classes found by the shape of the clause, written after set 13's misses (soft news:
reviews, profiles, celebrity and tech pages) and a battery of common wire phrasings; no sentence is an
article's own wording. Each class has near misses that must stay quiet.
"""

from __future__ import annotations

from .offline_probe import actors, caveats, does_not_raise, each_caveat, each_near_miss, names, raises

SHAPES = [
    # words given to an outlet by any verb of telling, not only "told"
    ("relayed_report", "“It felt like a dream,” the actor tells Esquire of the shoot."),
    ("relayed_report", "“We were broke,” she explained to Vogue in a cover interview."),
    ("relayed_report", "Speaking to the BBC on Monday, the minister said the plan would work."),
    ("relayed_report", "Bloomberg News, citing people familiar with the matter, said the talks had stalled."),
    # an institution speaking for itself, by a common noun, and a forecast is an account too
    ("official_account", "The university says the new library will open in the spring."),
    ("official_account", "Shares fell. The airline expects fuel costs to rise through the winter."),
    ("official_account", "The statement said the plant would stay closed until further notice."),
    ("official_account", "The company's website says the cream is safe for children."),
    ("official_account", "The $2.4 million listing says the senator once lived in the house."),
    # an officer named with the body that owns the post speaks for it
    ("official_account", "“We never cut corners,” admits Tova Lind, Nordisk's head of product design."),
    ("official_account", "Omar Haddad, Brightline's chief executive, said the trains would run on time."),
    # a side, capitalised where the sentence starts
    ("party_claim", "Supporters say the levy will pay for itself within a decade."),
    ("party_claim", "Opponents argue that the levy will drive shoppers away."),
    # someone of a named body, left unnamed
    ("anonymous_source", "A Treasury economist at the briefing estimated that growth would halve."),
    ("anonymous_source", "An aide to the governor said the veto was certain."),
    # the long-form piece's unnamed witnesses
    ("anonymous_source", "As one veteran producer put it, the studio was run like a court."),
    ("anonymous_source", "One woman who worked on the show recalls that the set was hostile."),
    ("anonymous_source", "Another former reporter said she had been warned about him."),
    ("anonymous_source", "Friends of the coach say he was blindsided by the decision."),
    ("anonymous_source", "Multiple women have told the magazine similar stories."),
    # unwilling to talk is declining to
    ("denial", "Varga didn't want to discuss the next model, but he praised the team."),
    ("denial", "The club would not comment on the size of the fee."),
    ("denial", "The senator called the story a smear."),
    # an accusation, by any name and in the infinitive; a charging paper's account
    ("allegation", "Regulators went so far as to accuse T&G Mobile of breaking the rules."),
    ("allegation", "According to the indictment, the pair moved $3 million offshore."),
    # the open question as the subject; versions that differ
    ("conflicting_accounts", "Exactly when the vaccine will be ready is unclear, but trials continue."),
    ("conflicting_accounts", "The two families gave different accounts of the quarrel."),
    # the writer's verdict: a degree adverb that judges, a critic's grade
    ("loaded_language", "The defense is having a comically, historically bad season."),
    ("loaded_language", "It was a stunningly good week for the mayor."),
    ("loaded_language", "Grade: B-."),
]

NEAR_MISSES = [
    ("relayed_report", "He tells the story of his father's farm."),
    ("relayed_report", "She explained to her brother why the farm had failed."),
    ("official_account", "The museum tells a history that is still being written."),
    ("official_account", "Jane Roe, the film's director, said the shoot ran late."),
    ("anonymous_source", "Ann Lee, a Google engineer, said the bug was fixed."),
    ("anonymous_source", "A spokesman for the airline said flights would resume."),
    ("denial", "The coach wanted to talk about the defense, not the weather."),
    ("conflicting_accounts", "When the vaccine is ready, clinics will open late."),
    ("loaded_language", "“It was absurdly expensive,” she said."),
    ("loaded_language", "Grade 5 pupils sat the test on Monday."),
    # the battery rules' look-alikes: a verb used plainly, a lawsuit filed, a quarrel that is no dispute of fact
    ("party_claim", "The club must maintain the pitch and insist on good behaviour from fans."),
    ("party_claim", "The resort boasts a heated pool and three restaurants."),
    ("relayed_report", "The signal was picked up by sensors on the ridge."),
    ("allegation", "The city is suing the contractor over the delays."),
    ("conflicting_accounts", "There is confusion about Britain's place in the world after the vote."),
    ("conflicting_accounts", "The senator has long been at odds with his party's leadership."),
    ("preliminary", "The striker has been in fine form so far, his coach said."),
    ("single_source", "A single bullet was found at the scene."),
    ("denial", "The minister pushed back the start of the session by an hour."),
    ("anonymous_source", "Friends of the Earth said the plan would harm the river."),
    ("anonymous_source", "One player scored twice before half-time."),
]


@each_caveat(SHAPES)
def test_a_clause_s_shape_raises_its_caveat_type(kind, sentence):
    raises(kind, sentence)


@each_near_miss(NEAR_MISSES)
def test_a_near_miss_does_not_raise(kind, sentence):
    does_not_raise(kind, sentence)


def test_the_same_statement_read_again_is_one_account():
    got = caveats("The regional council said in a statement that 300 homes were flooded. "
                  "The figures were provisional, the statement said.")
    accounts = [cue for kind, cue in got if kind == "official_account"]
    assert len(accounts) == 1 and "statement said" not in accounts[0]


def test_a_hyphenated_company_is_an_actor_and_a_hyphenated_people_is_not():
    got = names(actors("Z-Mobile cut its prices on Monday. Rivals followed within hours.",
                       "Z-Mobile said the cuts would last. Z-Mobile has 40 million customers, and analysts expect "
                       "Z-Mobile to gain.",
                       "Asian-Americans made up a third of the buyers, and Asian-Americans bought most of the phones."))
    assert "Z-Mobile" in got
    assert "Asian-Americans" not in got


def test_an_outlet_the_reader_knows_is_named_as_one():
    got = actors("“It was a long shoot,” she tells GQ. “We slept on set.”", "GQ's March issue is out on Friday.")
    assert got["GQ"].type == "media_outlet"


def test_a_likeness_and_a_heading_run_into_a_sentence_name_nobody():
    got = names(actors("The ballad is a Nina Simone-ish lament, and the next one is Nina Simone-ish too.",
                       "A view of the Old Harbour From the top floor, visitors can see the Old Harbour. "
                       "Visitors love the Old Harbour From the roof too."))
    assert not [n for n in got if n.endswith("-ish") or n.endswith(" From")]


def test_a_short_alias_at_the_end_of_a_product_name_names_no_outlet():
    got = names(actors("The Surface RT flopped, and the Surface RT is now a collector's item. Microsoft moved on.",
                       "Microsoft said the Surface RT taught it a lesson. Microsoft sold few."))
    assert "RT" not in got and "Microsoft" in got


def test_you_is_nobody():
    got = names(actors("You have to care about the figures at the center. You think that is a problem? You will see.",
                       "You can skip it. Director Ann Lee said so. Lee said it twice."))
    assert "You" not in got and "Ann Lee" in got


def test_a_team_the_story_keeps_naming_with_the_is_an_actor_and_an_award_show_is_not():
    got = names(actors("The Harbor Hawks traded their best pitcher on Monday. It was a good deal for the Harbor Hawks.",
                       "Fans of the Harbor Hawks cheered. The Golden Globes were on TV, and the Golden Globes ran long.",
                       "The Harbor Hawks now lead the league. Nobody watched the Golden Globes."))
    assert "Harbor Hawks" in got and "Golden Globes" not in got

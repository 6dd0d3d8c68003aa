"""Actor precision classes from blind set 10: two of a family under one surname, the bylines
of embedded posts, particle surnames, and events, laws and sites that are not actors.
Invented names and wording, so each checks a class, not an article."""

from __future__ import annotations

from types import SimpleNamespace

from .offline_probe import actors as _actors, names as _names

_NONE = SimpleNamespace(evidence=[])


def test_a_titled_surname_is_not_a_relative_with_another_given_name():
    got = _actors("Laura Brandt said on Monday that the plan had worked.",
                  "Laura Brandt praised the reforms Governor Brandt signed in his first year.",
                  "Laura Brandt told reporters she would campaign again, and Governor Brandt agreed.")
    assert got["Laura Brandt"].role != "Governor"
    assert "Governor Brandt" not in got["Laura Brandt"].aliases
    assert any("Governor Brandt" in (a.name, *a.aliases) for n, a in got.items() if n != "Laura Brandt")


def test_a_titled_surname_stays_with_the_person_who_holds_the_office():
    got = _actors("Governor Paul Brandt signed the bill on Monday.",
                  "Governor Brandt said the state would pay for it, and Paul Brandt later repeated it.")
    assert len([a for a in got.values() if "Brandt" in a.name]) == 1
    got = _actors("Nora Quill, a senator from Ohio, said the vote was close.",
                  "Sen. Quill then left the chamber, and Nora Quill returned an hour later.")
    assert len([a for a in got.values() if "Quill" in a.name]) == 1


def test_a_titled_surname_after_the_last_full_name_is_the_same_person():
    got = _actors("Helen Varga said the council would meet on Friday.",
                  "Mayor Varga repeated that the budget was final.")
    assert len([a for a in got.values() if "Varga" in a.name]) == 1


def test_the_byline_of_an_embedded_post_is_not_an_actor():
    got = _actors("Fire crews from the Dale County Fire Department fought the blaze for six hours, "
                  "Chief Omar Pike said.",
                  "Smoke over the river again, nobody is telling us anything pic.twitter.com/abc123",
                  "— Greta Lind (@gretalind) March 3, 2019",
                  "— Tomas Ferreira (@tferreira) March 3, 2019")
    assert not {"Greta Lind", "Tomas Ferreira"} & _names(got)
    assert "Omar Pike" in got


def test_someone_who_posts_and_is_also_named_in_the_story_is_kept():
    got = _actors("Greta Lind, a neighbour, said she had called the fire department twice.",
                  "Smoke over the river again pic.twitter.com/abc123",
                  "— Greta Lind (@gretalind) March 3, 2019")
    assert "Greta Lind" in got


def test_a_surname_with_a_particle_is_one_person():
    got = _actors("Marco Di Stefano, the harbour master, said the port would reopen.",
                  "“We need two more days,” Di Stefano said.")
    assert "Marco Di Stefano" in got and "Di Stefano" not in got
    got = _actors("Ana Van Dijk, a lawyer, said the appeal was filed.",
                  "Pieter Dijk, a judge, said he would rule on Friday.")
    assert "Ana Van Dijk" in got and "Pieter Dijk" in got


def test_events_laws_and_sites_are_not_actors():
    got = _actors("Runners crowded the start of the Harbor City Marathon on Sunday, the mayor said.",
                  "The Fair Water Plan would cut emissions, said Lena Ortiz, an economist.",
                  "Helicopters flew from Kestrel Ridge Air Force Base in the morning.")
    assert not {"Harbor City Marathon", "Fair Water Plan", "Kestrel Ridge Air Force Base"} & _names(got)
    assert "Lena Ortiz" in got


def test_an_organisation_named_like_a_site_that_acts_is_kept():
    got = _actors("The Riverside Stadium Authority said it would sue the city.")
    assert "Riverside Stadium Authority" in _names(got)


def test_a_title_between_a_name_and_an_employer_is_the_persons():
    got = _actors("Dana Pike, president and CEO, Harbor Freight Lines",
                  "Omar Reyes, managing director, Corvel Partners")
    assert "Harbor Freight Lines" not in got or got["Harbor Freight Lines"].type != "person"
    assert "Corvel Partners" not in got or got["Corvel Partners"].type != "person"
    assert got["Dana Pike"].role == "president and CEO"


def test_a_title_before_a_name_still_introduces_the_person():
    got = _actors("Its chairman, Ivo Kral, said the deal was off.",
                  "On Tuesday, the company's CEO, Jane Moss, said sales would grow.")
    assert got["Ivo Kral"].role == "chairman"
    assert got["Jane Moss"].role == "CEO"
    got = _actors("The Dunmore, North Dakota, police chief, Rick Olsen, said officers could use force.")
    assert got["Rick Olsen"].role == "police chief"


def test_an_ampersand_joins_one_name():
    got = _actors("Tara Voss is president of the Girls & Boys Clubs of Dade, which serves 900 children. "
                  "Voss has led Girls & Boys Clubs of Dade since 2001.",
                  "Firms such as Pratt & Whitney and Procter & Gamble hold cash abroad, and Procter & Gamble said "
                  "it would bring some home.")
    assert not {"Girls", "Procter", "Gamble"} & _names(got)
    assert {"Girls & Boys Clubs of Dade", "Procter & Gamble"} <= set(got)


def test_a_region_of_a_state_is_not_the_state():
    got = _actors("South Florida is growing fast. Buyers in South Florida want more homes.",
                  "Developers say South Florida needs more trains, and South Florida agreed.")
    assert "Florida" not in got
    got = _actors("Ohio sued the company on Monday. Ohio said the plant leaked.",
                  "Ohio wants a refund.")
    assert "Ohio" in got


def test_a_state_named_as_an_office_or_an_object_does_not_act():
    got = _actors("Ms. Reyes, a former governor of Nevada, had criticised the plan.",
                  "She was Nevada’s governor for six years.")
    assert "Nevada" not in got
    got = _actors("Nevada’s lawsuit was filed on Monday, and Nevada said it would appeal.")
    assert "Nevada" in got


def test_a_described_name_runs_on_past_a_connector():
    got = _actors("Ann Lee, director of the Institute for Coastal Studies and Policy at Marlow College, said the "
                  "data were clear.")
    assert "Institute" not in got
    assert "Institute for Coastal Studies and Policy" in got


def test_an_outlets_parent_company_is_not_the_outlet():
    got = _actors("Comcast is a minority investor in Vox Media, which owns this site.",
                  "Vox reported on Monday that the deal was done, Vox said.")
    assert "p1" not in got.get("Vox", _NONE).evidence


def test_someone_named_once_as_a_time_or_a_memory_is_not_an_actor():
    got = _actors("Mr. Vance served as ambassador under President Ann Lee, and Mr. Vance said he would retire.",
                  "Since Oscar Pratt, mayors have struggled with the budget, Mr. Vance said.",
                  "Founded by the late Hugo Marsh, the council has 90 partners.")
    assert not {"Ann Lee", "Oscar Pratt", "Hugo Marsh"} & _names(got)


def test_a_title_beginning_with_under_and_a_later_mention_keep_the_person():
    got = _actors("Under Secretary Ann Lee said the talks would resume on Monday.")
    assert "Ann Lee" in got
    got = _actors("He served under President Ann Lee.", "Ann Lee said on Monday that she disagreed.")
    assert "Ann Lee" in got


# Classes from blind set 12, each counted on other dev sets and publishers' pages before it was written.

def test_the_writers_contact_line_bio_and_credit_are_not_actors():
    story = ["Mayor Ines Calder said on Monday that the bridge would close for a month.",
             "Calder said crews would start work at dawn, and she asked drivers to be patient.",
             "The Harlow Transit Authority said buses would run every ten minutes."]
    got = _actors(*story, "Petra Novak may be reached at pnovak@example-news.com. Follow her on Twitter.")
    assert "Petra Novak" not in _names(got) and "Ines Calder" in got
    got = _actors(*story, "About Tobias Wren",
                  "Tobias Wren is a retired teacher in Dayton. He won two Reuters awards and lives with his dog.")
    assert not {"Tobias Wren", "Reuters"} & _names(got)
    got = _actors(*story, "Reporting was contributed by Mila Serrano and Owen Bratt.")
    assert not {"Mila Serrano", "Owen Bratt"} & _names(got)


def test_a_named_person_with_an_address_in_the_story_is_kept():
    got = _actors("Mayor Ines Calder said on Monday that the bridge would close for a month.",
                  "Crews would start work at dawn, the city said.",
                  "Petra Novak, a shop owner, said she wrote to complaints@harlow-city.gov twice and got no answer.")
    assert "Petra Novak" in got
    got = _actors("Petra Novak may be reached at the front desk, said Ines Calder, the mayor.", "The city agreed.")
    assert "Petra Novak" in got  # at the head of the story, not the page's foot


def test_market_indexes_and_bonds_are_not_actors():
    got = _actors("The Harwick Composite Index rose 120 points on Tuesday, and the Calloway Industrial Average "
                  "added 81.5 points to 9,400.",
                  "Treasuries slipped, while Miriam Osei, a strategist at Fenwick Capital, said investors were calm.")
    assert not {"Harwick Composite Index", "Calloway Industrial Average", "Treasuries"} & _names(got)
    assert "Miriam Osei" in got


def test_a_company_that_acts_is_not_a_market_measure():
    got = _actors("Dorran Mills Inc. jumped 5 percent on Tuesday.",
                  "Dorran Mills said it would open a plant in Leeds, the firm said.")
    assert "Dorran Mills" in got


def test_laws_and_public_programmes_are_not_actors_even_when_they_require():
    got = _actors("The Fair Health Care Act (FHCA) required insurers to cover the tests, Governor Ada Lowe said.",
                  "The FHCA expanded coverage to 2 million people, and the FHCA cut costs, Lowe said.")
    assert not {"Fair Health Care Act", "FHCA"} & _names(got) and "Ada Lowe" in got
    got = _actors("Medicaid pays for the tests, Governor Ada Lowe said.",
                  "Medicaid is far from perfect, and the bill would cut Medicaid, she said.",
                  "Those on Medicaid would lose help, Lowe said.")
    assert "Medicaid" not in _names(got) and "Ada Lowe" in got


def test_a_film_a_book_or_a_character_is_not_a_person():
    got = _actors("I was reminded of a scene in the 1956 film Harbor Society, where two singers argue about jazz, "
                  "Ana Roth said.")
    assert "Harbor Society" not in _names(got) and "Ana Roth" in got
    got = _actors("Mountain Academy, the new musical from director Ana Roth, opened on Friday.",
                  "Critics said Mountain Academy would tour, and Mountain Academy sold out.")
    assert "Mountain Academy" not in _names(got)
    got = _actors("Its hero, Marco, the sailor played by Leo Brandt, leaves home. Marco returns in the last scene, "
                  "and Marco says goodbye.")
    assert "Marco" not in _names(got)
    assert "Leo Brandt" in got  # the performer who plays the part is a person


def test_a_film_critic_or_studio_is_still_an_actor():
    got = _actors("Lena Fisk, the film critic of the Dover Courier, said the season was weak.",
                  "Fisk said she would review twelve films.")
    assert "Lena Fisk" in got


def test_a_blessing_is_not_an_actor():
    got = _actors("I hope you have a great weekend and God bless you all and may God protect our crews, "
                  "Mayor Ines Calder said.")
    assert "God" not in _names(got) and "Ines Calder" in got


def test_a_town_and_its_state_is_not_a_person():
    got = _actors("Lawyers will ask the clinic in Carol Springs, Calif., to release the files, said Nia Holt, "
                  "a lawyer.")
    assert "Carol Springs" not in _names(got) and "Nia Holt" in got
    got = _actors("Carol Springs, a nurse, said she would testify on Monday.", "The clinic declined to comment.")
    assert "Carol Springs" in got


def test_an_acronym_that_acts_after_by_is_an_organisation():
    got = _actors("The clip, which was posted by Denver’s KQRX last week, shows the mayor dancing.",
                  "Purchases of bonds by the BRF past June will continue, analysts said.")
    assert {"KQRX", "BRF"} <= _names(got)
    got = _actors("Prices rose by 4 percent, measured by GDP growth and CPI data, analysts said.")
    assert not {"GDP", "CPI"} & _names(got)


def test_a_person_named_after_according_to_is_an_actor():
    got = _actors("Such rules only make things worse, according to R. Paul Danner, a lawyer at Kell & Moss and the "
                  "director of the tax clinic at the Northgate University School of Law.")
    assert "R. Paul Danner" in got
    got = _actors("Prices fell, according to Harlow Foods’ own figures, and according to the Plain Index, they "
                  "will fall again.")
    assert "Plain Index" not in got


def test_a_state_named_only_as_a_destination_or_a_comparison_is_not_an_actor():
    got = _actors("Nia Holt, a lawyer, wants the files sent from the clinic to Nebraska.",
                  "She found a lab in Nebraska that would store them, Holt said.",
                  "The choice of Nebraska matters because its courts are friendly, she said.",
                  "Coal from Vermont and Nebraska costs more than coal from Wyoming, Holt added.")
    assert not {"Nebraska", "Vermont"} & _names(got) and "Nia Holt" in got
    got = _actors("Nebraska sued the clinic on Monday.", "The files were sent to Nebraska.",
                  "Officials in Nebraska said the lab was safe.")
    assert "Nebraska" in got


def test_a_group_only_counted_or_served_is_not_an_actor():
    got = _actors("Schools are failing, and farmers aren’t paid more, or better, Ana Roth said.",
                  "Staff grew four times faster than the increase in farmers. The number of farmers rose by half.",
                  "Let markets compete for farmers by offering better prices.",
                  "Meanwhile, many farmers continue their training.")
    assert "farmers" not in _names(got)
    got = _actors("On Monday the farmers protested. The farmers said the plant was unsafe.",
                  "The mayor met the farmers on Tuesday, and the farmers marched again.")
    assert "farmers" in got


# Review 2: people and parties near a work, a market move or a contact; causes after "by"; odd Unicode.

def test_a_person_named_beside_a_work_is_still_a_person():
    got = _actors("Greta Holm, the film’s director, said the budget was tight.", "Holm said the studio backed her.")
    assert "Greta Holm" in got
    got = _actors("Ann Vail, a documentary filmmaker, said police beat her.", "Vail said she would sue the city.")
    assert "Ann Vail" in got
    got = _actors("Speaking on his podcast Joe Brandow said the vaccine was risky.", "Brandow has since apologised.")
    assert "Joe Brandow" in got
    got = _actors("High Meadow, the 1956 film, was shown again on Friday.", "High Meadow, the 1956 film, won praise.")
    assert "High Meadow" not in got


def test_a_party_winning_seats_is_not_a_market_index():
    got = _actors("Labour gained 12 seats in the council elections.", "Labour gained 3 councils in the north.")
    assert "Labour" in got
    got = _actors("The Dow Jones Industrial Average rose 220 points as stocks rallied.")
    assert "Dow Jones Industrial Average" not in got


def test_a_contact_in_the_story_is_not_the_writers_own_line():
    filler = ("The council met on Monday to discuss the budget for next year.",
              "Residents raised concerns about parking downtown.")
    got = _actors(*filler, "Police say the suspect fled on foot.",
                  "Detective Ann Vail has asked anyone with information to contact her at 555-0100.")
    assert "Ann Vail" in got
    got = _actors(*filler, "The suspect sent threats to the mayor.",
                  "John Brandow was charged with sending threats to mayor@example.gov on March 3.")
    assert "John Brandow" in got
    got = _actors(*filler, "The mayor said the vote would be held on Friday.",
                  "Rajeev Tamm may be reached at rtamm@example.com. Follow him on Twitter.")
    assert "Rajeev Tamm" not in got


def test_a_cause_after_by_is_not_an_actor():
    got = _actors("Deaths caused by COVID in March rose sharply, officials said.",
                  "Growth was driven by AI and cloud sales.", "Sales driven by AI rose again.")
    assert not {"COVID", "AI"} & _names(got)


def test_odd_unicode_and_title_case_never_crash():
    for text in ("The presıdent of Vantor said the plan would work.",
                 "Lawmakerſ said no. Lawmakerſ voted. The lawmakerſ met. Lawmakerſ left, lawmakerſ said.",
                 "The İnstitute said the lawmakers met. Lawmakers said no. Lawmakers voted. Lawmakers left.",
                 "A Statue Of Martin Luther King Jr. Dr. King Soaked In The Rain, Officials Said."):
        assert isinstance(_actors(text, text.upper(), text.title()), dict)

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

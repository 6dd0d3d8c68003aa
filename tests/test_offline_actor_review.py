"""Actor defects an editor found in the offline briefings: titles read as organisations, roles
taken from the neighbouring words, an office split from its holder's title, the page's own
author and publisher, and names that are places or market indices. Invented names and wording,
so each checks a class, not an article."""

from __future__ import annotations

from .offline_probe import actors as _actors, names as _names


def test_a_body_named_before_a_title_is_the_title_not_an_organisation():
    got = _actors("Senate Leader, Musa Bello, moved a motion on the deaths of former House of Assembly Speaker, "
                  "Kola Dede.",
                  "Senate Leader, Musa Bello raised a motion on the death of former Speaker of the House of Assembly "
                  "Rt. Hon. K. O. Dede and moved that all activities be suspended.",
                  "The Senate then observed a minute of silence.")
    assert not [n for n in got if n.split()[-1] in ("Leader", "Speaker", "Rt", "Hon")], list(got)
    assert "Musa Bello" in got


def test_a_headquarters_is_a_place():
    got = _actors("Officers gathered at Force Headquarters in Abuja on Monday, the police said.",
                  "Police spokesman Ade Lawal said officers would remain at Force Headquarters.")
    assert "Force Headquarters" not in _names(got)


def test_a_sentence_adverbial_before_a_comma_is_no_role():
    got = _actors("Moving forward, Lena Park has a new record deal with Arc Records.", "Park said she was pleased.")
    assert got["Lena Park"].role != "forward" and got["Lena Park"].affiliation != "Moving"


def test_a_capital_that_only_starts_the_sentence_is_no_affiliation():
    got = _actors("High school math teacher Dana Wells said she left at dawn for the rally.",
                  "Wells said pay was too low.")
    assert got["Dana Wells"].affiliation is None
    assert got["Dana Wells"].role and "teacher" in got["Dana Wells"].role


def test_an_appositive_role_is_kept_whole():
    got = _actors("He met 17-year-old Mara Kell, a victim of Stone’s alleged trafficking ring.", "Kell said she was afraid.")
    assert got["Mara Kell"].role and got["Mara Kell"].role.startswith("victim")


def test_a_former_title_stays_former():
    got = _actors("Regulators asked if Orbit founder and former CEO Adam Vance engaged in self-dealing.",
                  "Vance stepped down as CEO last month.")
    assert got["Adam Vance"].role and "former" in got["Adam Vance"].role


def test_an_officeholder_title_and_its_office_are_one_actor():
    got = _actors("Orbit is reportedly being investigated by the Ohio State Attorney General.",
                  "A spokesperson said Orbit would cooperate. The Ohio State Attorney General’s office had no comment.")
    assert len([n for n in got if "Attorney General" in n]) == 1, list(got)


def test_the_authors_closing_bio_is_not_an_actor():
    got = _actors("Tom Reyes said the app was broken.", "Reyes said he would sue.",
                  "Jane Roe is a staff writer at WIRED covering security. She was formerly an editor at Motherboard. "
                  "She is based in New York.")
    assert "Jane Roe" not in got and "Tom Reyes" in got


def test_the_publishers_disclaimer_names_no_actor():
    got = _actors("Tom Reyes said the app was broken.", "Reyes said he would sue.",
                  "The views and opinions expressed in the article do not necessarily reflect those of Sputnik.")
    assert "Sputnik" not in got


def test_a_plural_possessive_inside_a_name_keeps_the_name_whole():
    got = _actors("The Avalen Dockers' Union called the strike after talks failed.", "The union said it would picket.")
    assert "Avalen Dockers' Union" in got and "Union" not in got


def test_a_port_town_is_a_place():
    got = _actors("Dock workers at Port Avalen walked off the job on Monday after talks collapsed.",
                  "The union said most members had joined. Photo: Cranes stand idle at Port Avalen on Tuesday.")
    assert "Port Avalen" not in got


def test_an_outlets_name_on_a_market_index_is_the_index():
    got = _actors("Asian shares rose, while Japan’s Nikkei futures NKc1 lost 0.66%.",
                  "Analyst Ann Lee said markets were calm.")
    assert "Nikkei" not in got


def test_a_chamber_named_with_and_without_its_country_is_one_actor():
    got = _actors("The Senate resolved to observe a minute of silence.", "The Senate adjourned until Wednesday.",
                  "— The Nigerian Senate (@NGRSenate) October 9, 2018", "The Nigerian Senate said it would resume.")
    assert len([n for n in got if n.endswith("Senate")]) == 1, list(got)


def test_an_honourable_is_a_person():
    got = _actors("Lawmakers mourned the deaths of Rt. Hon. K. O. Dede and Hon. Funke Alade on Tuesday.")
    assert "Funke Alade" in got

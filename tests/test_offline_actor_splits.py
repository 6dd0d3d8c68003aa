"""Actor splits and merges an editor found: stacked ranks, "the North" beside North Korea, names
differing only in a middle initial, a party under its several names, and a typo glued to a name.
Invented names and wording, so each checks a class, not an article."""

from __future__ import annotations

from .offline_probe import actors as _actors


def test_stacked_ranks_are_all_titles():
    for rank in ("Col. Maj.", "Lt. Gen.", "Rear Adm.", "Staff Sgt.", "Brig. Gen."):
        got = _actors(f"{rank} Idris Kalmo, flanked by nine other officers, said the army had taken power.",
                      "Kalmo said elections would follow within a year.")
        assert "Idris Kalmo" in got, (rank, list(got))
        assert not [n for n in got if n != "Idris Kalmo" and n in rank], (rank, list(got))


def test_the_north_and_the_south_are_the_koreas():
    got = _actors("North Korea fired two missiles on Sunday, South Korea's military said.",
                  "The North has tested dozens of missiles this year, and the South has raised its alert level.",
                  "South Korea said the North would face consequences.")
    assert "North Korea" in got and "South Korea" in got
    assert "North" not in got and "South" not in got, list(got)


def test_names_differing_in_middle_initials_are_two_people():
    got = _actors("Former president Walter H.K. Brand appointed the judge in 1990.",
                  "His son Walter K. Brand later praised her work.",
                  "Walter H.K. Brand said little about the case.")
    names = set(got) | {a for act in got.values() for a in act.aliases}
    assert "Walter H.K. Brand" in got
    assert "Walter K. Brand" not in got["Walter H.K. Brand"].aliases


def test_a_party_under_its_several_names_is_one_actor():
    got = _actors("Republicans in the House voted against the bill on Tuesday.",
                  "The Republican Party has opposed the measure for years, and the GOP says it will not relent.",
                  "Democrats and Republicans both claimed victory, and Republican leaders said they would fight on.")
    parties = [n for n, a in got.items() if "Republican" in n or n == "GOP"]
    assert len(parties) == 1, parties
    assert "Democrats and Republicans" not in got
    assert "Republican" not in got or got["Republican"].type == "political_party"


def test_a_word_after_a_bullet_starts_the_sentence():
    got = _actors("• If Republicans had won, the fund would be gone, Nora Vell said.",
                  "Republicans said the fund was safe, and Republicans voted for it.")
    assert "If Republicans" not in got, list(got)


def test_a_middle_initial_and_a_suffix_are_one_person():
    got = _actors("Patrick W. Darnell pleaded guilty on Friday, prosecutors said.",
                  "Patrick Darnell Jr. faces up to ten years, and Darnell said he was sorry.")
    assert len([n for n in got if "Darnell" in n]) == 1, list(got)

"""Roles and kinds an editor found wrong: a quantifier or a question word taken as an employer, the
next item of a list taken as a role, a two-word office cut to its last word, a relation read as a
job, the Federal Reserve as anything but government. Invented names and wording."""

from __future__ import annotations

from .offline_probe import actors as _actors


def test_one_and_another_are_no_affiliation():
    got = _actors("One witness, Nadia Selk, said she hid under a desk.",
                  "Another witness, Tomas Ruel, said he ran outside.", "Selk and Ruel both testified on Monday.")
    assert got["Nadia Selk"].affiliation is None and got["Tomas Ruel"].affiliation is None


def test_a_question_word_before_a_role_is_not_part_of_it():
    got = _actors("Fans wonder what coach Dale Frame wants from the draft.", "Frame said he was staying.")
    assert "what" not in (got["Dale Frame"].role or "")


def test_the_next_item_of_a_list_is_not_a_role():
    got = _actors("She was born the same month as model Rina Vass, and singer Juno Pell.",
                  "Vass said she was flattered, and Pell said so too.")
    assert "Pell" not in (got["Rina Vass"].role or "")


def test_a_two_word_office_is_read_whole():
    got = _actors("Solicitor General Ada Prell argued the case for the government.", "Prell said the law was clear.")
    assert got["Ada Prell"].role == "Solicitor General"


def test_a_counterpart_is_no_role():
    got = _actors("The president met his Russian counterpart Oleg Varin in Prague.", "Varin said the talks were useful.")
    assert got["Oleg Varin"].role != "counterpart"


def test_the_fed_and_its_committee_are_government():
    got = _actors("The Federal Open Market Committee decided to hold rates steady on Wednesday.",
                  "Fed Chair Lena Morrow said the FOMC would act if needed.", "Morrow said inflation was easing.")
    assert "Lena Morrow" in got, list(got)
    assert got["Federal Open Market Committee"].type == "government"


def test_a_book_its_author_wrote_is_no_actor():
    got = _actors("Tom Rand, author of “Shaping the Guard,” about how soldiers learn their trade, said training had changed.",
                  "Rand said the Guard had grown.", "“Shaping the Guard,” Rand said, took him six years.")
    assert "Shaping the Guard" not in got, list(got)


def test_trustees_are_a_board_not_a_person():
    got = _actors("Medicare is popular, and Medicare costs are rising.",
                  "The Social Security and Medicare Trustees have “repeatedly warned Congress” about costs, Ana Lobo said.",
                  "Lobo said Medicare would survive.")
    assert all(a.type != "person" for n, a in got.items() if "Trustees" in n), [(n, a.type) for n, a in got.items()]

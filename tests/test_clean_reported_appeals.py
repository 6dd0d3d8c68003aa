"""The news may quote or describe an appeal; only the publisher's own appeal to the reader is clutter."""

from __future__ import annotations

import pytest

from brief.clean import clean_text

LEAD = ("The city council voted on Monday to close the old library, officials said, after a long debate "
        "over its costs and its future.")
TAIL = "The council will meet again next month to decide what happens to the building and its staff."


def kept(line: str) -> bool:
    article = clean_text(f"Library to close\n\n{LEAD}\n\n{line}\n\n{TAIL}\n")
    return any(line[:40] in p.text for p in article.paragraphs)


@pytest.mark.parametrize("line", [
    'The mayor said she had "a small favour to ask" of residents who use the library every week and hoped they would help.',
    '"If you value what we do, please come to the meeting," the head of the friends of the library group told reporters.',
    "The paper said it would close its website after it stopped asking readers to please consider donating online.",
    "The story has been shared 40,000 times on social media since it was first posted by a resident on Sunday.",
])
def test_reporting_about_an_appeal_is_kept(line):
    assert kept(line)


@pytest.mark.parametrize("line", [
    "This story has been shared 1,234 times.",
    "If you value what we do, please consider making a contribution to support our journalism.",
    "Before you go, we have a small favour to ask. Millions are turning to us for open, independent journalism.",
])
def test_the_publishers_own_appeal_is_removed(line):
    assert not kept(line)

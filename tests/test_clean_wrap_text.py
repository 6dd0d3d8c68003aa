"""Hard-wrapped plain text (PDF or email copies) is unwrapped into whole paragraphs."""

from brief.clean import clean_text
from brief.clean.lines import to_lines

NO_BLANKS = """EU proposes algorithm transparency rules

The European Commission on Wednesday proposed new rules that would
force large online platforms to disclose how their recommendation
algorithms work, in the bloc's latest attempt to rein in Big Tech.
Under the proposal, companies with more than 45 million users in the
EU would have to publish annual reports on the risks their services
pose.
"This is about transparency," said Commissioner Margrethe Vestager.
"Users have a right to know why they see what they see."
Industry groups said the rules were too broad. The proposal now goes
to the European Parliament and member states, a process that could
take two years.
"""


def test_wrapped_block_without_blank_lines_becomes_paragraphs():
    art = clean_text(NO_BLANKS)
    assert art.source.title == "EU proposes algorithm transparency rules"
    assert not art.source.dek
    texts = [p.text for p in art.paragraphs]
    assert texts[0].startswith("The European Commission on Wednesday proposed new rules that would force")
    assert texts[0].endswith("annual reports on the risks their services pose.")
    assert texts[-1] == ("Industry groups said the rules were too broad. The proposal now goes to the "
                         "European Parliament and member states, a process that could take two years.")
    assert all(len(t.split()) > 5 for t in texts)  # no paragraph cut mid-sentence ("pose.")
    assert not art.removed


def test_short_line_then_new_sentence_ends_a_paragraph():
    text = ("The council voted on Tuesday to approve the budget after a long\n"
            "debate that ran late into the night.\n"
            "Opponents said the plan would raise fares for the poorest riders in\n"
            "the city, and promised to keep fighting it.\n")
    assert to_lines(text) == [
        "The council voted on Tuesday to approve the budget after a long debate that ran late into the night.",
        "Opponents said the plan would raise fares for the poorest riders in the city, and promised to keep "
        "fighting it."]


def test_two_line_paragraph_ending_a_sentence_on_its_first_line_is_joined():
    text = ("The council voted on Tuesday to approve the budget after a long\n"
            "debate that ran late into the night, officials said on Wednesday.\n\n"
            "Opponents said the plan would raise fares for the poorest riders.\n"
            "They promised to keep fighting it.\n\n"
            "The mayor is expected to sign the budget before the end of the\n"
            "month, a spokesman said.\n")
    assert to_lines(text) == [
        "The council voted on Tuesday to approve the budget after a long debate that ran late into the "
        "night, officials said on Wednesday.",
        "Opponents said the plan would raise fares for the poorest riders. They promised to keep fighting it.",
        "The mayor is expected to sign the budget before the end of the month, a spokesman said."]


def test_copied_web_text_keeps_a_paragraph_per_line():
    lines = ["The city council voted 7-2 on Tuesday to approve the new transit budget, officials said.",
             "Opponents argued the plan would raise fares for the poorest riders by 20 percent.",
             "The budget now goes to the mayor, who is expected to sign it this month."]
    assert to_lines("\n".join(lines)) == lines


def test_a_wrapped_paragraph_runs_on_past_a_short_line_that_ends_mid_sentence():
    """'...who in 2008, won the / Africa Movie Academy Award...': a short line that ends no sentence
    is not a paragraph end, however the next line begins (the first half was lost)."""
    from brief.clean import clean_text

    text = ("Actress wins award\n\n"
            "Veteran Nollywood actress, Kate Henshaw, who in 2008, won the\n"
            "Africa Movie Academy Award for best actress in a leading role, has\n"
            "spoken about her new film, which opens in Lagos cinemas next month\n"
            "after a delay of almost a year caused by a dispute over the funding.\n"
            "She said the film had taken four years to make and that she was proud\n"
            "of everyone who had worked on it, from the writers to the crew.\n")
    paragraphs = [p.text for p in clean_text(text).paragraphs]
    assert paragraphs[0].startswith("Veteran Nollywood actress, Kate Henshaw, who in 2008, won the Africa Movie")


def test_a_long_line_naming_a_date_twice_does_not_make_cleaning_unstable():
    """Hypothesis found it: with dates no longer barring short headlines, a long dated line could
    become the title on the second pass; long dated lines stay non-titles."""
    from brief.clean import clean_text

    text = ("Share Share Share Share Share March 3, 2024 Share Share Share Share Share Share Share Share Share "
            "March 3, 2024 Share Share Share\nShare\nShare\nShare Share Share Share Share Share Share Share Share "
            "Share Share Share Share Share March 3, 2024 March 3, 2024\nShare Share\nShare Share Share Share Share "
            "March 3, 2024 Share Share Share Share Share Share Share Share Share March 3, 2024 Share Share Share")
    once = clean_text(text)
    assert [p.text for p in clean_text(once.body).paragraphs] == [p.text for p in once.paragraphs]

"""An article set in a layout table cell keeps its paragraphs."""

from brief.clean import clean_html

PARAS = [
    "The city council voted 7-2 on Tuesday night to approve a new budget that raises property taxes "
    "for the first time in a decade, ending months of debate.",
    "Supporters said the increase was needed to pay for road repairs and to hire more teachers, while "
    "opponents argued residents were already struggling with rising costs.",
    "Mayor Tom Reed, who proposed the budget in March, said the vote showed the council was willing to "
    "make hard choices. \"Nobody likes raising taxes,\" he said.",
    "The average homeowner will pay about $180 more a year under the plan, according to city "
    "estimates. The new rates take effect in January.",
]


def _page(cell: str) -> str:
    return ("<html><head><title>Council approves tax rise</title></head><body><table><tr>"
            f"<td>Sign up for alerts</td><td>{cell}</td></tr></table></body></html>")


def test_paragraphs_in_a_table_cell_stay_paragraphs():
    art = clean_html(_page("".join(f"<p>{p}</p>" for p in PARAS)))
    texts = [p.text for p in art.paragraphs]
    assert texts == PARAS
    assert not any(" | " in t or t.startswith("|") for t in texts)


def test_data_table_is_left_alone():
    rows = "".join(f"<tr><td>Ward {i}</td><td>{i * 10} votes</td></tr>" for i in range(1, 4))
    html = ("<html><body>" + "".join(f"<p>{p}</p>" for p in PARAS)
            + f"<table>{rows}</table></body></html>")
    from brief.clean.html import extract_html
    assert "Ward 1" in extract_html(html).text

"""Decoding 8-bit and damaged UTF-8 articles: Western text must not be read as a Baltic code page,
other scripts must still decode, and text lost to bad bytes must be logged, not hidden."""

from __future__ import annotations

import pytest

from brief.clean import clean
from brief.clean.encoding import decode_bytes
from brief.inputs import RawDoc
from tests.conftest import EXAMPLES

STORY = (EXAMPLES / "sample-harbor-strike.txt").read_text(encoding="utf-8").replace("©", "(c)")
RU = ("Президент России заявил в понедельник, что переговоры продолжатся. Об этом сообщили журналисты "
      "в Москве, где прошла встреча с представителями бизнеса. Ёлка, чай, ещё.\n")
NON_WESTERN = {
    "cp1251": RU, "koi8_r": RU, "cp866": RU,
    "shift_jis": "日本政府は月曜日、新しい経済対策を発表した。東京の記者会見で首相が説明した。\n",
    "euc_jp": "日本政府は月曜日、新しい経済対策を発表した。東京の記者会見で首相が説明した。\n",
    "gb18030": "中国政府星期一宣布了新的经济措施。总理在北京的新闻发布会上作了说明。\n",
    "big5": "中國政府星期一宣佈了新的經濟措施。總理在台北的記者會上作了說明。\n",
    "cp1253": "Ο πρωθυπουργός της Ελλάδας δήλωσε τη Δευτέρα ότι οι διαπραγματεύσεις θα συνεχιστούν.\n",
}


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_a_long_western_article_is_not_read_as_a_baltic_code_page(encoding):
    """charset-normalizer ranks cp775 first for this 2.3 KB latin-1 article ("J³rgen M³ller")."""
    text = STORY.replace("Ilse Rendahl", "Jürgen Müller") + "\nA naïve plan, said Ñoño of São Paulo.\n"
    assert len(text) > 2048
    decoded = decode_bytes(text.encode(encoding))
    assert "Jürgen Müller" in decoded and "naïve" in decoded and "Ñoño" in decoded


@pytest.mark.parametrize("encoding", sorted(NON_WESTERN))
@pytest.mark.parametrize("copies", [1, 30])
def test_other_scripts_still_decode_short_and_long(encoding, copies):
    """The cp1252 prior must not win where its reading is implausible: accented-Latin gibberish."""
    text = NON_WESTERN[encoding] * copies
    assert decode_bytes(text.encode(encoding)) == text


def test_central_european_cp1250_is_not_forced_to_cp1252():
    text = "Prezydent powiedział w poniedziałek, że rozmowy będą kontynuowane. Łódź, źródło.\n" * 40
    assert decode_bytes(text.encode("cp1250")) == text


def test_implausibility_scores_what_a_wrong_code_page_makes():
    from brief.clean.encoding import implausibility

    assert implausibility("Jürgen Müller, a naïve man, said “no” at 25°C.") == 0
    assert implausibility("J³rgen M³ller") == 2  # a symbol between letters
    assert implausibility("Mьller") == 1  # a word mixing alphabets
    assert implausibility("Ïðåçèäåíò Ðîññèè çàÿâèë") > 10  # Latin letters that are almost all accented


def test_a_stray_cp1252_letter_in_utf8_text_is_read_as_that_letter():
    data = "Mayor Zoë said the café “will reopen”.".encode() + b" Ren\xe9 Dupont agreed.\n"
    assert "René Dupont agreed" in decode_bytes(data)


def test_a_byte_that_is_no_letter_becomes_u_fffd_and_the_cleaner_logs_it():
    """Silently showing "Ren�" hid lost text; the removal log now says where text was lost."""
    data = "Mayor Zoë said the café “will reopen” soon.".encode() + b"\xff\n\nThe council agreed.\n"
    art = clean(RawDoc(name="x", data=data))
    assert art.paragraphs[0].text.endswith("soon.\ufffd")
    (logged,) = [r for r in art.removed if "U+FFFD" in r.reason]
    assert "p1" in logged.reason and "soon." in logged.line


# A cp1252 news story dense with the typography cp1252 exists for, and German/French/Spanish names.
NEWS_1252 = """Brussels — Europe’s finance ministers agreed on Tuesday to a €4.2bn rescue fund after talks that ran past midnight…
“We have a deal—finally,” said Jürgen Müller, Germany’s deputy minister, as he left the Justus Lipsius building. “It isn’t perfect, but it’s ours.”
France’s François Lefèvre called the package “a first step – not the last” and said Paris would put €1.1bn towards it. Spain’s José Martínez Ibáñez, speaking in Madrid, was more cautious: “Señores, the money is welcome… the conditions are not.”
The fund—officially the European Resilience Facility™—will lend at 0.5% above the ECB’s rate, with repayment over 7½ years. Critics, among them Émilie Dubois of the Brussels think tank Bruegel, warned that “€4.2bn is a rounding error” next to the €750bn raised in 2020.
• Germany: €1.3bn • France: €1.1bn • Spain: €0.6bn • Others: €1.2bn
Under §12 of the draft, each state may withdraw “at any time – subject to notice.” The text, marked © Council of the EU 2024 and stamped Confidential®, was seen by reporters on Monday.
Temperatures in the city hit 31°C as protesters gathered outside. “Ça suffit!” read one banner; another, in German, said “Schluss mit der Sparpolitik—jetzt!” Police estimated 2 000 people; organisers said 5 000.
Mr Müller’s colleague, Björn Schäfer, said Berlin had “no appetite” for a bigger fund… “Not this year, not next year.” Asked whether the deal would survive the Bundestag, he shrugged: “We’ll see.”
In Madrid, Ms Núñez—a spokeswoman for the economy ministry—said the government “welcomes the agreement, with reservations.” She added: ‘The details matter more than the headline.’
Markets barely moved: the euro rose 0.2% to $1.0850, and the Stoxx 600 closed up 0.4%. Analysts at Société Générale called the fund “symbolic—useful, but symbolic.”
Hélène Côté, a Québec-born economist at the Sorbonne, said the real test would come “when the first loan is refused.” She noted that Portugal’s São João da Madeira had applied twice already.
“It’s a beginning,” said Ángel Gómez of the Spanish employers’ group CEOE. “Whether it’s a good one…” He did not finish the sentence.
The ministers meet again on 14 March. Until then, officials said, the text stays “as is”—no more changes, no more midnight sessions, and—everyone hopes—no more surprises.
In Lyon, the mayor’s office said the city’s share—roughly €40m—would go to tram lines and the Hôtel-Dieu. “C’est déjà ça,” said Mathilde Renée Garçon, a councillor, adding that the Rhône’s flood defences “can’t wait for 2026.”
Back in Brussels, Ms Dubois’s colleague Íñigo Echevarría put it bluntly: “Everyone got a headline—nobody got a solution.” A Commission spokesman replied only “no comment…” before the lift doors closed.
Not everyone was gloomy. “Honestly? I’m relieved,” said Maximilian Groß, who runs a bakery near the Grand-Place. “Prices—bread, butter, rent—went up 12% last year. Anything helps.”
Reporting by Anne-Sophie Mathieu and Jürgen Weiß; editing by Zoë Brontë.
"""


def test_an_em_dash_between_words_keeps_the_cp1252_reading():
    """Em dashes between letters scored as implausible, so a DOS code page won: "planówhich JŁrgen"."""
    text = "The plan\u2014which J\u00fcrgen M\u00fcller backed\u2014passed."
    assert decode_bytes(text.encode("cp1252")) == text


def test_a_cp1252_news_story_full_of_typography_decodes_exactly():
    assert 2800 < len(NEWS_1252) < 3600
    assert decode_bytes(NEWS_1252.encode("cp1252")) == NEWS_1252
    # also with Windows line ends
    assert decode_bytes(NEWS_1252.replace("\n", "\r\n").encode("cp1252")) == NEWS_1252


@pytest.mark.parametrize("mark", list("—–‘’“”…•€™©®°§\u00a0½"))
def test_cp1252_typography_between_or_beside_letters_is_not_implausible(mark):
    from brief.clean.encoding import implausibility

    for text in (f"Jürgen{mark}Müller", f"Jürgen {mark}Müller", f"Jürgen{mark} Müller", f"plan{mark}which"):
        assert implausibility(text) == 0, text
    short = f"Jürgen{mark}Müller said “yes” in Zürich{mark}today."
    assert decode_bytes(short.encode("cp1252")) == short


def test_slovak_cp1250_still_decodes_now_that_typography_is_plausible():
    """ľ read as cp1252 is ¾ ("ve¾mi"): that is why ¼ and ¾ between letters stay implausible."""
    text = "Ľudovít Štúr povedal, že ľudia v Žiline veľmi chcú ďalej. Ľubica, ľad, kôň, oceľ, Poľsko.\n"
    assert decode_bytes(text.encode("cp1250")) == text
    assert decode_bytes((text * 30).encode("cp1250")) == text * 30


def test_cp1252_wins_unless_another_reading_is_clearly_better():
    from brief.clean.encoding import _clearly_better

    assert not _clearly_better(1, 1) and not _clearly_better(0, 1)  # one odd place is no evidence
    assert not _clearly_better(3, 4) and not _clearly_better(9, 12)  # near ties keep the prior
    assert _clearly_better(0, 2) and _clearly_better(5, 60)

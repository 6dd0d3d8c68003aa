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

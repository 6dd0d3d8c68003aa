"""The blind phrasing batteries (bench/phrasings/) hold their floors: most of the ways editors phrase each
caveat type are found, and few of the look-alikes fire. The held-out files were never studied."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import get_args

import pytest

from brief.schema import CaveatType

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_phrasings", ROOT / "bench" / "phrasings.py")
assert _spec and _spec.loader
phrasings = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(phrasings)

# (share of "yes" lines found at least, share of near misses fired on at most). Measured when last changed: studied
# rounds 1-2 0.86-0.92, round 3 0.77-0.83, held out 0.72-0.74, against 0.50-0.57 before any rule from these files
# (round 3 scored 0.70-0.73 blind); the review's misfires (all near misses, the rules since tightened) fire 7 in 165.
# Round 4 (heldout-c, heldout-d: 0.72 each, near misses 0.09 and 0.03) came after set 15 and was only scored; rounds 5
# and 6 (studied-5-*, studied-6-*, 0.72 and 0.79 blind) were then studied: 0.97-0.98, held out 0.78-0.82 (near misses
# 0.01-0.06).
FLOORS = {"studied-1": (0.83, 0.08), "studied-2": (0.83, 0.08), "studied-3": (0.75, 0.08), "studied-5": (0.92, 0.05),
          "studied-6": (0.92, 0.05), "heldout-c": (0.76, 0.08), "heldout": (0.76, 0.06), "misfires": (0.0, 0.05)}


def _group(path: Path) -> str:
    return next(g for g in FLOORS if path.name.startswith(g))


@pytest.mark.parametrize("path", sorted((ROOT / "bench" / "phrasings").glob("*.tsv")), ids=lambda p: p.stem)
def test_a_battery_holds_its_floor(path):
    found, fired = phrasings.rates(phrasings.score(path))
    floor, ceiling = FLOORS[_group(path)]
    assert found >= floor, f"{path.name}: found {found:.2f} < {floor}"
    assert fired <= ceiling, f"{path.name}: near misses fired on {fired:.2f} > {ceiling}"


def test_each_battery_is_whole():
    types = set(get_args(CaveatType))  # the contract's twelve
    for path in [*(ROOT / "bench" / "phrasings").glob("studied-*.tsv"), *(ROOT / "bench" / "phrasings").glob("heldout-*.tsv")]:
        rows = phrasings.read(path)
        assert len(rows) == 360 and {kind for _, kind, _ in rows} == types, path.name

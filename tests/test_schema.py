"""The schema sent to models must obey OpenAI strict-mode rules; the API rejects it otherwise."""

from __future__ import annotations

import json

from click.testing import CliRunner

from brief.cli import cli
from brief.schema import Briefing, BriefingContent, strict_schema

FORBIDDEN = {"allOf", "not", "if", "then", "else", "dependentRequired", "dependentSchemas", "default"}


def _objects(node, path="$"):
    if isinstance(node, dict):
        if node.get("type") == "object" or "properties" in node:
            yield path, node
        for key, value in node.items():
            yield from _objects(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _objects(value, f"{path}[{i}]")


def _keys(node):
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            if key != "properties":
                yield from _keys(value)
            else:
                for sub in value.values():
                    yield from _keys(sub)
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value)


def test_strict_schema_lints_clean():
    schema = strict_schema()
    assert schema["type"] == "object" and "anyOf" not in schema
    objects = list(_objects(schema))
    assert len(objects) == len(schema["$defs"]) + 1  # the root and every item model
    for path, obj in objects:
        assert obj.get("additionalProperties") is False, path
        assert set(obj["required"]) == set(obj["properties"]), path
    assert not FORBIDDEN & set(_keys(schema))


def test_linter_catches_a_loose_model():
    """The lint above is only worth something if it fails on a schema that breaks the rules."""
    from pydantic import BaseModel

    class Loose(BaseModel):
        name: str = "x"

    raw = Loose.model_json_schema()
    assert "default" in set(_keys(raw)) or raw.get("additionalProperties") is not False


def test_every_item_carries_evidence():
    schema = strict_schema()
    for name in ("KeyFact", "Actor", "Stake", "Caveat", "TimelineEntry", "NextEvent"):
        assert "evidence" in schema["$defs"][name]["required"], name


def test_brief_schema_command_prints_the_full_contract():
    out = CliRunner().invoke(cli, ["schema"]).output
    schema = json.loads(out)
    assert schema == Briefing.model_json_schema()
    assert {"id", "source", "provenance", "warnings"} <= set(schema["properties"])
    model = json.loads(CliRunner().invoke(cli, ["schema", "--model-output"]).output)
    assert set(model["properties"]) == set(BriefingContent.model_fields)

"""``brief schema``: the JSON Schema that is the real contract."""

from __future__ import annotations

import json

import click


@click.command()
@click.option("--model-output", is_flag=True,
              help="The strict-mode schema sent to models (content only), not the full briefing.")
def command(model_output: bool) -> None:
    """Print the briefing's JSON Schema."""
    from ..schema import Briefing, strict_schema

    schema = strict_schema() if model_output else Briefing.model_json_schema()
    click.echo(json.dumps(schema, indent=2))

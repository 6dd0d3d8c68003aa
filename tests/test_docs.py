"""The README and docs against the CLI they describe: a newcomer copies from them, so a command,
option, exit code or link they name must be the one brief has."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from brief.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = sorted((ROOT / "docs").glob("*.md"))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _command_section() -> str:
    """The README's "Command line" section, up to the next heading."""
    start = README.index("## Command line")
    return README[start:README.index("\n## ", start + 1)]


def _commands(*args: str) -> list[str]:
    """The command names a group's --help lists (its Commands block, up to the blank line)."""
    block = _help(*args).split("Commands:\n", 1)[1].split("\n\n", 1)[0]
    return re.findall(r"^  (\S+)", block, re.M)


def _help(*args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    return result.output


def test_readme_exit_codes_are_the_cli_epilog() -> None:
    epilog = _help().split("Exit codes:", 1)[1]
    assert f"Exit codes: {_flat(epilog)}" in _flat(README).replace("Exit codes (as `brief --help` lists them):",
                                                                     "Exit codes:")


def test_readme_command_list_names_every_command() -> None:
    section = _command_section()
    commands = _commands()
    assert "summarize" in commands and "batch" in commands
    for name in commands:
        assert f"brief {name}" in section, f"brief {name} missing from the README's command list"
    for name in _commands("batch"):
        assert name in section, f"brief batch {name} missing from the README"


@pytest.mark.parametrize("command", ["summarize", "daily", "clean", "log", "schema"])
def test_readme_command_list_names_every_option(command: str) -> None:
    section = _command_section()
    group = cli.get_command(click.Context(cli), command)
    assert group is not None
    for param in group.params:
        if not isinstance(param, click.Option) or param.name == "help":
            continue
        names = [o for o in param.opts if o.startswith("--")] + [o for o in param.opts if o.startswith("-")]
        assert any(re.search(rf"{re.escape(o)}\b", section) for o in names), \
            f"brief {command} {param.opts[0]} missing from the README's command list"


def test_doc_links_point_at_files_in_the_repo() -> None:
    for page in [ROOT / "README.md", *DOCS]:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if "://" in target:
                continue
            assert (page.parent / target).exists(), f"{page.name}: broken link {target}"


def test_readme_links_the_setup_and_offline_guides() -> None:
    assert "(docs/setup.md" in README and "(docs/offline-engine-guide.md)" in README


def test_readme_quick_check_names_test_files_that_exist() -> None:
    """The quick-check command's brace list must expand to real files, or pytest errors at once."""
    found = re.search(r"pytest tests/test_\{([^}]+)\}\.py", README)
    assert found, "the README's quick-check command is missing"
    for name in found.group(1).split(","):
        assert (ROOT / "tests" / f"test_{name}.py").is_file(), name

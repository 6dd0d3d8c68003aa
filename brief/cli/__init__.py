"""The ``brief`` command line: thin commands over the library.

Commands live in their own modules and are imported only when run, so ``brief --help``
never pays for openai, trafilatura or tiktoken. Errors become one line on stderr and
a documented exit code (see ``EXIT_CODES``), never a traceback.
"""

from __future__ import annotations

import errno
import importlib
import io
import os
import sys
from typing import Any

import click

EXIT_CODES = """Exit codes: 0 ok · 1 briefing has problems (validate) · 2 bad input or usage ·
3 validation failed (unusable model answer, or --strict) · 4 model endpoint error · 5 budget or deadline ran out ·
130 interrupted · 70 internal error."""

COMMANDS = {
    "summarize": ("brief.cli.summarize", "command"),
    "clean": ("brief.cli.clean", "command"),
    "schema": ("brief.cli.schema", "command"),
    "validate": ("brief.cli.validate", "command"),
    "daily": ("brief.cli.daily", "daily_command"),
    "log": ("brief.cli.daily", "log_command"),
    "mock-server": ("brief.cli.mock", "command"),
    "batch": ("brief.cli.batch", "command"),
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use (the click docs' lazy-loading pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attr = COMMANDS[name]
        try:
            return getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError):
            return None

    def invoke(self, ctx: click.Context) -> Any:
        # click would turn a reader that went away (`brief ... | head`) into a bare exit 1
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _drop_stdout()
            raise click.exceptions.Exit(0) from None


_WRITE_ERRORS = {errno.ENOSPC, errno.EBADF, errno.EIO, errno.EFBIG, errno.EDQUOT}


class _ClosedStream(io.TextIOBase):
    """Stands in for a stdout the shell closed, so writing to it is an error like any other."""

    def write(self, s: str) -> int:
        raise OSError(errno.EBADF, "stdout is closed")


def _drop_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush cannot fail on the closed pipe."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):  # no real stdout (closed, or a test runner's buffer)
        pass


@click.group(cls=LazyGroup, epilog=EXIT_CODES, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="brief")
def cli() -> None:
    """Turn news articles into structured, evidence-linked briefings.

    With no API key configured and no --model, brief runs its offline engine (extractive, no network).
    """


def main(argv: list[str] | None = None) -> Any:
    """Entry point: run the CLI and turn every deliberate error into one line on stderr."""
    from ..errors import BriefError

    if sys.stdout is None:  # started with stdout closed (`>&-`): output must fail, not vanish
        sys.stdout = _ClosedStream()
    try:
        code = cli.main(args=argv, prog_name="brief", standalone_mode=False)
        sys.stdout.flush()  # a full disk or closed stdout shows here, not after exit 0
        sys.exit(code if isinstance(code, int) else 0)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.NoArgsIsHelpError as exc:  # bare `brief`: the help itself, as click shows it
        exc.show()
        sys.exit(exc.exit_code)
    except click.UsageError as exc:
        see = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
        click.echo(f"brief: {exc.format_message()}{see}", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        click.echo(f"brief: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("brief: interrupted", err=True)
        sys.exit(130)
    except BriefError as exc:
        click.echo(f"brief: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("brief: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        _drop_stdout()
        sys.exit(0)
    except Exception as exc:  # the last line of defence: still one line, not a traceback
        if os.environ.get("BRIEF_DEBUG"):
            raise
        if isinstance(exc, OSError) and exc.filename is not None:  # e.g. an output folder not writable
            click.echo(f"brief: {exc.filename}: {exc.strerror or exc}", err=True)
            sys.exit(2)
        if isinstance(exc, OSError) and exc.errno in _WRITE_ERRORS:  # stdout on a full disk, or closed
            click.echo(f"brief: cannot write the output ({exc.strerror or exc})", err=True)
            sys.exit(2)
        click.echo(f"brief: internal error: {type(exc).__name__}: {exc} (set BRIEF_DEBUG=1 for details)",
                   err=True)
        sys.exit(70)

"""One exception hierarchy for everything brief raises on purpose.

Every error carries an ``exit_code`` so the CLI can turn it into one clear line on
stderr and a documented exit status, never a traceback.
"""

from __future__ import annotations


class BriefError(Exception):
    """Base of every error brief raises deliberately."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(BriefError):
    """The input cannot be read or holds no article (missing, empty, binary, too large)."""

    exit_code = 2


class ConfigError(BriefError):
    """A setting, flag or template folder is wrong."""

    exit_code = 2


class ValidationFailed(BriefError):
    """A briefing does not hold against the schema or the article; ``problems`` lists each
    as a ``brief.Problem`` (where, what, hint, level)."""

    exit_code = 3

    def __init__(self, message: str, problems: list | None = None, **kw) -> None:
        super().__init__(message, **kw)
        self.problems = list(problems or [])


class ModelError(BriefError):
    """The model endpoint failed in a way retries could not fix."""

    exit_code = 4

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None,
                 retryable: bool = False, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.status = status
        self.code = code
        self.retryable = retryable


class RefusalError(ModelError):
    """The model refused, or its output was withheld by a content filter."""


class BudgetExceeded(BriefError):
    """A run's cost, token budget or deadline ran out; work done so far is kept."""

    exit_code = 5

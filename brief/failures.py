"""How a failed model request is classified (retry or not) and told to a user, in one line."""

from __future__ import annotations

import email.utils
import ipaddress
import re
import time
from typing import Any
from urllib.parse import urlsplit

from .errors import ModelError

# Sent to a base URL when no key is set (local servers need none); a 401 then means one is needed.
NO_KEY_NEEDED = "not-needed"
_KEYLIKE = re.compile(r"\b(sk-[A-Za-z0-9_\-]{4})[A-Za-z0-9_\-]{8,}")


class FormatRejected(Exception):
    """The server refused ``response_format: json_schema``; retry at once in JSON-object mode."""


def scrub(text: str, secret: str | None) -> str:
    """Remove the API key (and anything key-shaped) from text bound for users or logs."""
    if secret and len(secret) >= 8:
        text = text.replace(secret, "***")
    elif secret:  # a short test key ("x") would also be masked inside words: "rate_limit_e***ceeded"
        text = re.sub(rf"(?<![\w-]){re.escape(secret)}(?![\w-])", "***", text)
    return _KEYLIKE.sub(r"\1***", text)


def is_transient(exc: BaseException) -> bool:
    import openai

    if isinstance(exc, openai.APIConnectionError):
        return True
    if isinstance(exc, openai.APIStatusError):
        if _code(exc) == "insufficient_quota":
            return False
        return exc.status_code in (408, 409, 429) or exc.status_code >= 500
    return False


# Names that only resolve on this machine or its network: single-label names (a compose service,
# "ollama") and the suffixes reserved for local use.
_NEARBY_SUFFIXES = (".localhost", ".local", ".internal", ".lan", ".home.arpa")
# Wait before the one retry of a nearby refusal: a server that is just starting gets a moment.
QUICK_RETRY_S = 0.2


def nearby_host(host: str) -> bool:
    """Loopback, private or link-local: a host on this machine or its own network."""
    host = host.strip("[]").rstrip(".").lower()
    try:
        return not ipaddress.ip_address(host).is_global
    except ValueError:
        return host == "localhost" or "." not in host or host.endswith(_NEARBY_SUFFIXES)


def _refused(exc: BaseException) -> bool:
    """Whether the connection was refused (nothing listening), anywhere in the chain the SDK
    and httpx build (sync raises ``ConnectionRefusedError``; async wraps it in an ``OSError``)."""
    seen: set[int] = set()
    link: BaseException | None = exc
    while link is not None and id(link) not in seen:
        if isinstance(link, ConnectionRefusedError):
            return True
        seen.add(id(link))
        link = link.__cause__ or link.__context__
    return False


def refused_nearby(exc: BaseException) -> bool:
    """A refused connection to a nearby host: no server is running there, so backing off and
    retrying only delays the answer. (A remote host may refuse for a moment behind a balancer.)"""
    import openai

    if not isinstance(exc, openai.APIConnectionError) or isinstance(exc, openai.APITimeoutError):
        return False
    url = _request_url(exc)
    return bool(url) and _refused(exc) and nearby_host(urlsplit(url).hostname or "")


def _request_url(exc: BaseException) -> str:
    request = getattr(exc, "request", None)
    try:
        return str(request.url) if request is not None else ""
    except RuntimeError:  # an error built without its request
        return ""


def base_url_of(exc: BaseException) -> str | None:
    """The base URL a failed request went to (its URL without the endpoint path, query or
    credentials), so the user sees which server did not answer."""
    url = _request_url(exc)
    if not url:
        return None
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = (f"[{host}]" if ":" in host else host) + (f":{parts.port}" if parts.port else "")
    path = parts.path.rstrip("/")
    for endpoint in ("/chat/completions", "/completions", "/embeddings", "/models"):
        path = path.removesuffix(endpoint)
    return f"{parts.scheme}://{netloc}{path}"


def _error_field(exc: Any, name: str) -> str | None:
    """A field of the error body; the SDK keeps the inner ``error`` object as ``body``."""
    body = getattr(exc, "body", None)
    inner = body.get("error", body) if isinstance(body, dict) else None
    value = inner.get(name) if isinstance(inner, dict) else None
    return str(value) if value else None


def _code(exc: Any) -> str | None:
    code = getattr(exc, "code", None)
    return str(code) if code else _error_field(exc, "code")


def retry_after_s(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms``, then ``retry-after``), if any."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return max(0.0, float(value) / scale)
        except ValueError:
            when = email.utils.parsedate_to_datetime(value) if scale == 1.0 else None
            if when is not None:
                return max(0.0, when.timestamp() - time.time())
    return None


def describe(exc: BaseException, secret: str | None = None) -> tuple[str, str]:
    """(outcome, one-line message) for a failed request, with any secret scrubbed."""
    import openai

    if isinstance(exc, FormatRejected):
        return "rejected_json_schema", "server rejected response_format json_schema; using json_object"
    if isinstance(exc, openai.APITimeoutError):
        return "timeout", "request timed out"
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__ or exc.__context__
        return "connection_error", _line(f"connection failed: {cause or exc.message}", secret)
    if isinstance(exc, openai.APIStatusError):
        code = _code(exc)
        message = _error_field(exc, "message") or getattr(exc, "message", "") or ""
        head = f"HTTP {exc.status_code}" + (f" {code}" if code else "")
        return f"http_{exc.status_code}", _line(f"{head}: {message}", secret)
    return "error", _line(f"{type(exc).__name__}: {exc}", secret)


def _line(text: str, secret: str | None) -> str:
    """One scrubbed line of bounded length: server messages can be long or multi-line."""
    text = " ".join(scrub(text, secret).split())
    return text if len(text) <= 300 else text[:299] + "…"


_OFFLINE = "--offline / --fallback-offline"
_HINTS = {401: "check the API key (OPENAI_API_KEY or the env var named by --api-key-env)",
          403: "the key has no access to this model, project or region",
          404: "check --model and --base-url"}


def give_up(exc: BaseException, attempts: int, secret: str | None) -> ModelError:
    """The one clear error a user sees when the transport layer cannot get an answer."""
    import openai

    _, message = describe(exc, secret)
    status = getattr(exc, "status_code", None)
    code = _code(exc)
    tries = f"{attempts} attempt" + ("" if attempts == 1 else "s")
    if code == "insufficient_quota":
        return ModelError(f"model request failed: {message}", status=status, code=code,
                          hint="the account is out of credit; retrying will not help")
    if isinstance(exc, openai.APIConnectionError):
        url = scrub(base_url_of(exc) or "the model endpoint", secret)
        if refused_nearby(exc):
            return ModelError(f"model request failed after {tries}: {url} refused the connection",
                              code="connection_refused", retryable=True,
                              hint=f"is the server running at {url}? Or run with {_OFFLINE}")
        return ModelError(f"model request failed after {tries} to {url}: {message}", code=code, retryable=True,
                          hint=f"check that {url} is the right --base-url and reachable, or run with {_OFFLINE}")
    if is_transient(exc):
        return ModelError(f"model request failed after {tries}: {message}", status=status,
                          code=code, retryable=True)
    hint = _HINTS.get(status or 0)
    if status == 401 and secret == NO_KEY_NEEDED:
        hint = "no API key is set and this server wants one: set $OPENAI_API_KEY (or the env var named by --api-key-env)"
    return ModelError(f"model request failed: {message}", status=status, code=code, hint=hint)

"""The mock's Batch API: ``/v1/files`` (upload, retrieve, content) and ``/v1/batches``.

A batch answers every line with the mock's own chat completion (faults included), so the
batch path and the synchronous path meet the same model. It finishes only after
``delay_s``, returns its lines shuffled (real batches come back in any order), turns a
seeded share of lines into per-line errors, and in ``expire`` mode stops halfway, as
OpenAI does after its 24 h window: the unfinished lines go to the error file as
``batch_expired``.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .responses import MockResponse, error_response, json_response

if TYPE_CHECKING:
    from .protocol import MockModel

ENDPOINT = "/v1/chat/completions"


@dataclass
class BatchSettings:
    """How the mock's batches behave; set with :func:`configure`."""

    delay_s: float = 0.0         # a batch stays in_progress this long after creation
    error_rate: float = 0.0      # share of lines answered with a per-line 500 error
    expire: bool = False         # stop halfway and report the batch expired
    expire_fraction: float = 0.5  # share of lines done before expiry
    shuffle: bool = True
    seed: int = 0


@dataclass
class _Store:
    settings: BatchSettings
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    batches: dict[str, dict[str, Any]] = field(default_factory=dict)
    started: dict[str, float] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    n: int = 0

    def next_id(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}-mock{self.n:06d}"


def configure(model: MockModel, **settings: Any) -> BatchSettings:
    """Set the batch behaviour of ``model`` (delay_s, error_rate, expire, shuffle, seed)."""
    store = _store(model)
    store.settings = BatchSettings(**{**store.settings.__dict__, **settings})
    return store.settings


def settings_from(spec: str) -> BatchSettings:
    """``delay_s=2,error_rate=0.1,expire,seed=3`` → settings (env ``BRIEF_MOCK_BATCHES`` for the server)."""
    from ..errors import ConfigError

    values: dict[str, Any] = {}
    fields = BatchSettings.__dataclass_fields__
    for item in filter(None, (x.strip() for x in spec.split(","))):
        name, _, value = item.partition("=")
        if name not in fields:
            raise ConfigError(f"unknown mock batch setting {name!r}", hint=", ".join(fields))
        kind = type(getattr(BatchSettings(), name))
        try:
            values[name] = (value or "1").lower() in ("1", "true", "yes") if kind is bool else kind(value)
        except ValueError:
            raise ConfigError(f"mock batch setting {name} needs a {kind.__name__}, not {value!r}") from None
    return BatchSettings(**values)


def _store(model: MockModel) -> _Store:
    import os

    store = getattr(model, "_batch_store", None)
    if store is None:
        store = _Store(settings_from(os.environ.get("BRIEF_MOCK_BATCHES", "")))
        model._batch_store = store  # type: ignore[attr-defined]
    return store


def _json(status: int, payload: Any) -> MockResponse:

    return json_response(status, payload)


def _not_found(what: str) -> MockResponse:

    return error_response(404, f"No such {what}", code="not_found")


def route(model: MockModel, request: Any, path: str, method: str,
          headers: Mapping[str, str] | None) -> MockResponse:
    """Answer one Files or Batches API request."""

    store = _store(model)
    parts = [p for p in path.split("/") if p and p != "v1"]
    with store.lock:
        if parts == ["files"] and method == "POST":
            return _upload(store, request, {k.lower(): v for k, v in (headers or {}).items()})
        if len(parts) >= 2 and parts[0] == "files" and method == "GET":
            file = store.files.get(parts[1])
            if file is None:
                return _not_found("file")
            if parts[2:] == ["content"]:
                return MockResponse(200, {"content-type": "application/octet-stream"}, file["data"])
            return _json(200, file["meta"])
        if parts == ["batches"] and method == "POST":
            return _create(store, _body(request))
        if len(parts) >= 2 and parts[0] == "batches":
            batch = store.batches.get(parts[1])
            if batch is None:
                return _not_found("batch")
            if parts[2:] == ["cancel"] and method == "POST":
                if batch["status"] in ("validating", "in_progress"):
                    batch.update(status="cancelled", cancelling_at=int(time.time()), cancelled_at=int(time.time()))
                return _json(200, batch)
            if method == "GET" and not parts[2:]:
                _advance(model, store, batch)
                return _json(200, batch)
    return error_response(404, f"no route for {method} {path}", code="not_found")


def _body(request: Any) -> dict[str, Any]:
    if isinstance(request, (bytes, str)):
        return json.loads(request or b"{}")
    return dict(request or {})


def _upload(store: _Store, body: Any, headers: dict[str, str]) -> MockResponse:
    from email.parser import BytesParser
    from email.policy import HTTP


    raw = body if isinstance(body, bytes) else str(body).encode()
    head = f"Content-Type: {headers.get('content-type', '')}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + raw)
    fields: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts() if message.is_multipart() else ():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        fields[str(name)] = (part.get_filename(), payload if isinstance(payload, bytes) else b"")
    if "file" not in fields:
        return error_response(400, "upload has no 'file' part", param="file")
    filename, data = fields["file"]
    purpose = fields.get("purpose", (None, b"batch"))[1].decode()
    return _json(200, _save(store, data, filename or "upload.jsonl", purpose))


def _save(store: _Store, data: bytes, filename: str, purpose: str) -> dict[str, Any]:
    ident = store.next_id("file")
    meta = {"id": ident, "object": "file", "bytes": len(data), "created_at": int(time.time()),
            "filename": filename, "purpose": purpose, "status": "processed"}
    store.files[ident] = {"meta": meta, "data": data}
    return meta


def _create(store: _Store, body: dict[str, Any]) -> MockResponse:

    file = store.files.get(str(body.get("input_file_id")))
    if file is None:
        return _not_found("file")
    if body.get("endpoint") != ENDPOINT:
        return error_response(400, f"the mock only batches {ENDPOINT}", param="endpoint")
    lines = [ln for ln in file["data"].decode("utf-8").splitlines() if ln.strip()]
    try:
        ids = [json.loads(ln)["custom_id"] for ln in lines]
    except (ValueError, KeyError, TypeError):
        return error_response(400, "every input line must be a JSON object with a custom_id", param="input_file_id")
    if len(set(ids)) != len(ids):
        return error_response(400, "custom_id values must be unique within a batch", param="input_file_id")
    now = int(time.time())
    ident = store.next_id("batch")
    store.batches[ident] = {
        "id": ident, "object": "batch", "endpoint": ENDPOINT, "errors": None,
        "input_file_id": body["input_file_id"], "completion_window": body.get("completion_window", "24h"),
        "status": "in_progress", "output_file_id": None, "error_file_id": None, "created_at": now,
        "in_progress_at": now, "expires_at": now + 86400, "finalizing_at": None, "completed_at": None,
        "failed_at": None, "expired_at": None, "cancelling_at": None, "cancelled_at": None,
        "request_counts": {"total": len(lines), "completed": 0, "failed": 0},
        "metadata": body.get("metadata"),
    }
    store.started[ident] = time.monotonic()
    return _json(200, store.batches[ident])


def _advance(model: MockModel, store: _Store, batch: dict[str, Any]) -> None:
    """Run a due batch: answer its lines, then file the outputs and errors."""
    if batch["status"] != "in_progress" or time.monotonic() - store.started[batch["id"]] < store.settings.delay_s:
        return
    settings = store.settings
    rng = random.Random(f"{settings.seed}:{batch['id']}")
    lines = [json.loads(ln) for ln in store.files[batch["input_file_id"]]["data"].decode().splitlines()
             if ln.strip()]
    done_upto = int(len(lines) * settings.expire_fraction) if settings.expire else len(lines)
    outputs: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    for i, line in enumerate(lines):
        ident = f"batch_req_{batch['id']}_{i}"
        if i >= done_upto:
            errors.append({"id": ident, "custom_id": line["custom_id"], "response": None, "error": {
                "code": "batch_expired", "message": "This request could not be executed before the "
                                                    "completion window expired."}})
            continue
        if rng.random() < settings.error_rate:
            errors.append({"id": ident, "custom_id": line["custom_id"], "response": {
                "status_code": 500, "request_id": f"req_{ident}",
                "body": {"error": {"message": "The server had an error (mock).", "type": "server_error",
                                   "param": None, "code": None}}}, "error": None})
            continue
        reply = model._chat_completion(line.get("body") or {}, {})
        if reply.action:
            errors.append({"id": ident, "custom_id": line["custom_id"], "response": None,
                           "error": {"code": reply.action, "message": f"request failed: {reply.action}"}})
            continue
        entry = {"id": ident, "custom_id": line["custom_id"], "error": None, "response": {
            "status_code": reply.status, "request_id": f"req_{ident}", "body": reply.json()}}
        (outputs if reply.status == 200 else errors).append(entry)
    if settings.shuffle:
        rng.shuffle(outputs)
        rng.shuffle(errors)
    now = int(time.time())

    def filed(entries: list[dict[str, Any]], kind: str) -> str | None:
        if not entries:
            return None
        data = "".join(json.dumps(e) + "\n" for e in entries).encode()
        return _save(store, data, f"{batch['id']}_{kind}.jsonl", "batch_output")["id"]

    batch.update(output_file_id=filed(outputs, "output"), error_file_id=filed(errors, "error"),
                 finalizing_at=now, request_counts={"total": len(lines), "completed": len(outputs),
                                                    "failed": len(errors)})
    if settings.expire:
        batch.update(status="expired", expired_at=now)
    else:
        batch.update(status="completed", completed_at=now)

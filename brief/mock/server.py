"""The mock on a loopback socket, for clients that only speak HTTP (and the soak bench).

stdlib ``ThreadingHTTPServer`` is enough: the mock's work is tiny and every request
gets its own thread, so injected latency and hung requests do not block the others.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast

from ..accounting import count_tokens
from .protocol import MockModel


def _handler_for(model: MockModel) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "brief-mock/1"

        def log_message(self, format: str, *args: Any) -> None:  # keep test and bench output clean
            pass

        def setup(self) -> None:
            super().setup()
            # headers and body leave in two writes; without this, Nagle's algorithm and the
            # client's delayed ACK add about 40 ms to every answer
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def _serve(self, method: str) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            started = time.monotonic()
            reply = model.handle(body, self.path, method, dict(self.headers.items()))
            if not self.path.startswith("/_mock/"):
                time.sleep(model.remaining_latency(started))
            if reply.action == "timeout":
                time.sleep(model.hang_s)
            if reply.action:
                self.close_connection = True
                return
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

    return Handler


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # the default of 5 drops connections when many clients open at once
    daemon_threads = True


class MockServer:
    """A running loopback mock; ``url`` ends in ``/v1``, ready for OPENAI_BASE_URL."""

    def __init__(self, model: MockModel, host: str = "127.0.0.1", port: int = 0) -> None:
        self.model = model
        self.httpd = _Server((host, port), _handler_for(model))
        self.httpd.daemon_threads = True
        # an AF_INET socket names itself with a str host; typeshed allows bytes for any family
        self.host, self.port = cast("tuple[str, int]", self.httpd.server_address[:2])
        self.url = f"http://{self.host}:{self.port}/v1"
        self._thread: threading.Thread | None = None

    def start(self) -> "MockServer":
        self.warm_up()
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="brief-mock", daemon=True)
        self._thread.start()
        return self

    def warm_up(self) -> None:
        """Load the tokenizer now, so the first requests are not slower than a client's timeout."""
        count_tokens("warm up")

    def serve_forever(self) -> None:
        self.warm_up()
        self.httpd.serve_forever()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.model.close()

    def stats(self) -> dict[str, Any]:
        return json.loads(json.dumps(self.model.stats()))

    def __enter__(self) -> "MockServer":
        return self if self._thread else self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextmanager
def serve(host: str = "127.0.0.1", port: int = 0, *, model: MockModel | None = None,
          **kw: Any) -> Iterator[MockServer]:
    """Run the mock in a background thread for the ``with`` block; port 0 picks a free one.

    ``kw`` goes to ``MockModel`` (faults, seed, latency, script, …) unless ``model`` is given.
    """
    server = MockServer(model or MockModel(**kw), host, port).start()
    try:
        yield server
    finally:
        server.stop()

"""``brief mock-server``: an OpenAI-compatible mock on a loopback port, with injectable faults."""

from __future__ import annotations

import signal
import sys

import click


@click.command("mock-server")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (keep it loopback).")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535), help="Port; 0 picks a free one.")
@click.option("--latency", default=0.0, show_default=True, type=click.FloatRange(min=0), help="Least seconds every answer takes (the mock's own work included).")
@click.option("--faults", default="", metavar="SPEC",
              help="Seeded fault mix, e.g. '429:0.1,500:0.05,timeout:0.05,drop:0.03,badjson:0.05,"
                   "truncate:0.03,invalid:0.05,refuse:0.02', plus modes 'obey-injection', 'reject-json-schema'.")
@click.option("--seed", default=0, show_default=True, type=int, help="Seed of the fault draw.")
@click.option("--model", default="mock-1", show_default=True, help="Model id listed by /v1/models.")
@click.option("--retry-after", default=1.0, show_default=True, type=click.FloatRange(min=0), help="retry-after sent with 429s.")
@click.option("--hang", default=30.0, show_default=True, type=click.FloatRange(min=0), help="Seconds a 'timeout' fault holds a request.")
@click.option("--memo", is_flag=True,
              help="Answer a request seen before from memory, so answers cost this machine no CPU (benchmarks).")
@click.option("--workers", default=0, show_default=True, type=click.IntRange(min=0),
              help="Answer in N worker processes, in parallel as a model server does (0: in the server's threads).")
def command(host: str, port: int, latency: float, faults: str, seed: int, model: str, retry_after: float,
            hang: float, memo: bool, workers: int) -> None:
    """Serve /v1/chat/completions and /v1/models from the offline engine (stats at /_mock/stats)."""
    from ..errors import BriefError
    from ..mock import MockModel, MockServer

    try:
        mock = MockModel(faults or None, seed=seed, latency=latency, model=model, retry_after=retry_after,
                         hang_s=hang, memo=memo, workers=workers)
        server = MockServer(mock, host, port)
    except BriefError as exc:
        raise click.BadParameter(str(exc), param_hint="'--faults'") from None
    except OSError as exc:
        raise click.BadParameter(f"cannot listen on {host}:{port}: {exc.strerror}",
                                 param_hint="'--host' / '--port'") from None
    server.warm_up()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # so `finally` stops the workers
    click.echo(f"brief mock server on {server.url}  (OPENAI_BASE_URL={server.url} OPENAI_API_KEY=x)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.httpd.server_close()
        mock.close()

"""Celery bound to a Flask app: every task runs inside an app context.

Tasks are acknowledged late and each one does a short, idempotent piece of work (a chunk of
pages, one stage), so a killed worker's message is redelivered and resumes where the
database says the document got to; nothing is lost and nothing done twice. Each worker
also runs the sweeper (services.recovery) every ``sweep_seconds`` and at once whenever it
(re)connects to the broker, so work lost with a restarted broker or a killed worker is
queued again without restarting anything.
"""

from __future__ import annotations

import base64
import json
import logging

from celery import Celery, Task, bootsteps
from celery.signals import worker_process_init
from flask import Flask
from kombu import Queue

log = logging.getLogger(__name__)

QUEUES = ("celery", "inquiry.large")


def celery_init_app(app: Flask) -> Celery:
    settings = app.extensions["inquiry_settings"]

    class FlaskTask(Task):
        def __call__(self, *args: object, **kwargs: object) -> object:
            with app.app_context():
                return self.run(*args, **kwargs)

    celery = Celery(app.name, task_cls=FlaskTask)
    celery.conf.update(
        broker_url=settings.effective_redis_url,
        result_backend=None,
        task_ignore_result=True,
        task_acks_late=True,
        # A pool child killed mid-task (the out-of-memory killer): its message goes back on
        # the queue at once, and the task taking it over finds the dead child's lease.
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_serializer="json",
        accept_content=["json"],
        broker_connection_retry_on_startup=True,
        # Keep trying the broker for ever: a long Redis outage must not end the worker.
        broker_connection_max_retries=None,
        broker_connection_timeout=3,
        # A message unacknowledged this long (its worker died) goes back on the queue; the
        # sweeper does not wait for that.
        broker_transport_options={"visibility_timeout": settings.task_visibility_timeout,
                                  "socket_connect_timeout": 3},
        # Transient failures back off to at most this, so catch-up is quick once a
        # dependency returns.
        task_annotations={"*": {"retry_backoff_max": settings.retry_backoff_max}},
        task_always_eager=False,
        worker_hijack_root_logger=False,
        imports=("inquiry.tasks",),
        # A worker takes from both queues in turn: very long documents step through their
        # own, so shorter ones uploaded after them are not held back (processing.queue_for).
        task_default_queue="celery",
        task_queues=tuple(Queue(q) for q in QUEUES),
    )
    celery.set_default()
    app.extensions["celery"] = celery

    class Sweeper(bootsteps.StartStopStep):
        """The sweeper on the worker's own timer (its main loop, no thread): every
        ``sweep_seconds``, and soon after every (re)connection to the broker."""

        requires = {"celery.worker.consumer.tasks:Tasks"}

        def __init__(self, parent: object, **kwargs: object) -> None:
            super().__init__(parent, **kwargs)
            self.tref = None

        def start(self, c) -> None:  # noqa: ANN001 - the consumer
            self.stop(c)
            self.tref = c.timer.call_repeatedly(settings.sweep_seconds, self.tick)
            c.timer.call_after(1.0, self.tick)

        def stop(self, c) -> None:  # noqa: ANN001
            if self.tref is not None:
                self.tref.cancel()
                self.tref = None

        shutdown = stop

        def tick(self) -> None:
            run_sweep(app)

    celery.steps["consumer"].add(Sweeper)

    @worker_process_init.connect(weak=False)
    def _fresh_connections(**_kwargs: object) -> None:
        """A pool child must not share the parent's database connections; it loads what
        tagging reads before it takes its first document."""
        from inquiry.extensions import db
        from inquiry.services.tagging import warm_up

        with app.app_context():
            db.engine.dispose(close=False)
            try:
                seconds = warm_up(app.extensions["inquiry_settings"].spacy_model)
                log.info("tagging warmed up in %.1f s", seconds)
            except Exception as exc:  # noqa: BLE001 - the first document loads it instead
                log.warning("tagging not warmed up: %s", exc)

    return celery


def run_sweep(app: Flask) -> None:
    """One sweep, never raising: a dependency down means try at the next tick."""
    from inquiry.extensions import db
    from inquiry.services import recovery

    with app.app_context():
        try:
            queued = queued_documents(app.extensions["inquiry_settings"].effective_redis_url)
            if queued is False:
                return  # the broker is down: nothing can be queued now
            recovery.sweep(queued)
        except Exception as exc:  # noqa: BLE001 - the database may be down too
            log.warning("sweep skipped: %s", exc)
            db.session.rollback()
        finally:
            db.session.remove()


def queued_documents(redis_url: str):  # noqa: ANN201 - recovery.Queued | None | False
    """Which documents have a message waiting in the queues (Redis lists, read directly
    with short timeouts). False when the broker cannot be reached; None when it can but
    its messages cannot be read."""
    import redis

    from inquiry.services.recovery import Queued

    client = redis.Redis.from_url(redis_url, socket_timeout=3, socket_connect_timeout=3)
    try:
        raw = [m for q in QUEUES for m in client.lrange(q, 0, -1)]
    except redis.RedisError as exc:
        log.info("broker not reachable for the sweep: %s", exc)
        return False
    finally:
        client.close()
    out = Queued()
    try:
        for message in raw:
            task, args = _task_and_args(message)
            if args and isinstance(args[0], int):
                if task.endswith(".process_document"):
                    out.process.add(args[0])
                elif task.endswith(".publish_document"):
                    out.publish.add(args[0])
    except (ValueError, KeyError, TypeError) as exc:
        log.warning("queued messages could not be read (%s); sweeping cautiously", exc)
        return None
    return out


def _task_and_args(message: bytes) -> tuple[str, list]:
    envelope = json.loads(message)
    headers = envelope.get("headers") or {}
    body = envelope["body"]
    if (envelope.get("properties") or {}).get("body_encoding") == "base64":
        body = base64.b64decode(body)
    decoded = json.loads(body)
    args = decoded[0] if isinstance(decoded, list) else decoded.get("args", [])
    return headers.get("task", ""), list(args)

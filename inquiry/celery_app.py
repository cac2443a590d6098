"""Celery bound to a Flask app: every task runs inside an app context.

Tasks are acknowledged late and each one does a short, idempotent piece of work (a chunk of
pages, one stage), so a killed worker's message is redelivered and resumes where the
database says the document got to; nothing is lost and nothing done twice.
"""

from __future__ import annotations

from celery import Celery, Task
from celery.signals import worker_ready
from flask import Flask
from kombu import Queue


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
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_serializer="json",
        accept_content=["json"],
        broker_connection_retry_on_startup=True,
        # A message unacknowledged this long (its worker died) goes back on the queue.
        broker_transport_options={"visibility_timeout": settings.task_visibility_timeout},
        task_always_eager=False,
        worker_hijack_root_logger=False,
        imports=("inquiry.tasks",),
        # A worker takes from both queues in turn: very long documents step through their
        # own, so shorter ones uploaded after them are not held back (processing.queue_for).
        task_default_queue="celery",
        task_queues=(Queue("celery"), Queue("inquiry.large")),
    )
    celery.set_default()
    app.extensions["celery"] = celery

    @worker_ready.connect(weak=False)
    def _requeue(**_kwargs: object) -> None:
        from inquiry.services.processing import requeue_active

        with app.app_context():
            requeue_active()

    return celery

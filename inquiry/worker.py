"""Celery entry point: ``celery -A inquiry.worker worker`` (settings from INQUIRY_*)."""

from inquiry.app import create_app

app = create_app()
celery = app.extensions["celery"]

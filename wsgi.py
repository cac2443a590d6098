"""Entry point for gunicorn / flask: ``gunicorn wsgi:app``."""

from inquiry.app import create_app

app = create_app()

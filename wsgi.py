"""Entry point for gunicorn / flask: ``gunicorn wsgi:app``."""

from inquiry.app import create_web_app

app = create_web_app()

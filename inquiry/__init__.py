"""The application: everything that knows about Flask, the database, Celery or users."""

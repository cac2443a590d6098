"""Pages in, proposals and redacted PDFs out; knows nothing of Flask or the database."""

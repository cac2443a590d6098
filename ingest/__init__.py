"""PDF in, pages out. Knows nothing of Flask or the database (see shared/ARCHITECTURE.md)."""

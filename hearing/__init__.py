"""Hearing bundles: stamping published PDFs, the bundle's index and the evidence list.

Knows nothing of Flask or the database: it takes paths and plain data and writes files.
"""

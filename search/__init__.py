"""Plain data in, Elasticsearch out; knows nothing of Flask or the database."""

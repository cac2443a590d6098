"""Plain data in, Elasticsearch out; knows nothing of Flask or the database.

mapping   index settings and mappings, versioned index names behind the alias, status
indexer   writing: pages in bulk, metadata updates, publication, deletes, rebuild, drift
parser    the counsel query language: tokenizer, recursive-descent parser, AST, errors
query     AST -> Elasticsearch query; build_search, the one request builder (access filter)
wordforms the inflections a word is searched with (query-time word forms, same on every cluster)
results   responses -> documents, pages, snippets, facets; hits -> word boxes
searcher  result lists, one page's hits for the viewer, exports
entities  entity pages and batch term counts
help      the query language help text
"""

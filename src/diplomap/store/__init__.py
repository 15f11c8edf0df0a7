"""The embedded database (SQLite, WAL): documents, sentences, mentions, facts, events."""

from diplomap.store.db import (
    DB_ENV,
    StoreError,
    connect,
    default_db_path,
    migrate,
    schema_version,
    transaction,
)
from diplomap.store.documents import (
    NewDocument,
    add_document,
    corpus_status,
    document_id,
    get_document,
    get_sentences,
)
from diplomap.store.filters import DocumentFilters, EventFilters, FactFilters
from diplomap.store.queries import (
    count_documents,
    count_events,
    count_facts,
    iter_events,
    iter_fact_mentions,
    list_documents,
    list_events,
    list_facts,
)
from diplomap.store.search import index_document_sentences, reindex_all, search_sentences

__all__ = [
    "DB_ENV",
    "DocumentFilters",
    "EventFilters",
    "FactFilters",
    "NewDocument",
    "StoreError",
    "add_document",
    "connect",
    "corpus_status",
    "count_documents",
    "count_events",
    "count_facts",
    "default_db_path",
    "document_id",
    "get_document",
    "get_sentences",
    "index_document_sentences",
    "iter_events",
    "iter_fact_mentions",
    "list_documents",
    "list_events",
    "list_facts",
    "migrate",
    "reindex_all",
    "schema_version",
    "search_sentences",
    "transaction",
]

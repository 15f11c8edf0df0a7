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
    count_documents,
    document_id,
    get_document,
    get_sentences,
    list_documents,
)
from diplomap.store.search import index_document_sentences, reindex_all, search_sentences

__all__ = [
    "DB_ENV",
    "NewDocument",
    "StoreError",
    "add_document",
    "connect",
    "corpus_status",
    "count_documents",
    "default_db_path",
    "document_id",
    "get_document",
    "get_sentences",
    "index_document_sentences",
    "list_documents",
    "migrate",
    "reindex_all",
    "schema_version",
    "search_sentences",
    "transaction",
]

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
    "list_documents",
    "migrate",
    "schema_version",
    "transaction",
]

"""Scale: extraction of large corpora on several processes (one writer)."""

from diplomap.scale.parallel import (
    ExtractionRun,
    default_workers,
    extract_parallel,
    extract_stored,
    pool_reader,
    start_workers,
)

__all__ = ["ExtractionRun", "default_workers", "extract_parallel", "extract_stored",
           "pool_reader", "start_workers"]

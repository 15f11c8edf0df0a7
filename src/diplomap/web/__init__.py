"""The HTTP API and the dashboard (FastAPI); `create_app` lives in diplomap.web.app.

Light on purpose: `diplomap.web.search` (the FTS index) is imported by ingest.
"""

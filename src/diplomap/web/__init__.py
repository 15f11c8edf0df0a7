"""The HTTP API and the dashboard (FastAPI); `create_app` lives in diplomap.web.app."""

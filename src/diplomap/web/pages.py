"""The dashboard's files, plotly.js and vis-network from installed packages, a local API doc.

Nothing is loaded from the internet: FastAPI's Swagger UI pulls its scripts from a
CDN, so /docs is a plain page of our own, built from the OpenAPI schema.
"""

from __future__ import annotations

import html
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parent / "static"


def plotly_js() -> Path:
    """plotly.min.js as shipped inside the plotly Python package."""
    return Path(str(resources.files("plotly") / "package_data" / "plotly.min.js"))


def vis_network_js() -> Path:
    """vis-network.min.js 9.1.2 (MIT or Apache-2.0) as shipped inside the pyvis package."""
    return Path(str(resources.files("pyvis") / "lib" / "vis-9.1.2" / "vis-network.min.js"))


def mount_pages(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly() -> FileResponse:
        return FileResponse(plotly_js(), media_type="text/javascript; charset=utf-8",
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/vendor/vis-network.min.js", include_in_schema=False)
    def vis_network() -> FileResponse:
        return FileResponse(vis_network_js(), media_type="text/javascript; charset=utf-8",
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(api_doc_html(app.openapi()))


def api_doc_html(schema: dict) -> str:
    """A plain HTML list of the endpoints and their parameters."""
    parts = [f"<h1>{html.escape(schema['info']['title'])} API "
             f"{html.escape(schema['info']['version'])}</h1>",
             f"<p>{html.escape(schema['info'].get('description', ''))}</p>",
             '<p>Machine-readable schema: <a href="/openapi.json">/openapi.json</a>.</p>']
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            parts.append(f"<h2><code>{method.upper()} {html.escape(path)}</code></h2>"
                         f"<p>{html.escape(op.get('summary', ''))}</p>")
            components = schema.get("components", {}).get("schemas", {})
            rows = [_param_row(p, components) for p in op.get("parameters", [])]
            if rows:
                parts.append("<table><tr><th>name</th><th>in</th><th>type</th>"
                             "<th>constraints</th></tr>" + "".join(rows) + "</table>")
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<title>diplomap API</title><link rel="stylesheet" href="/static/css/app.css">'
            '</head><body class="apidoc">' + "".join(parts) + "</body></html>")


def _param_row(param: dict, components: dict) -> str:
    schema = param.get("schema", {})
    options = [_resolve(o, components) for o in schema.get("anyOf", [schema])]
    kinds = [o.get("type", "") for o in options if o.get("type") != "null"]
    enum = [v for o in options for v in o.get("enum", [])]
    limits = {k: v for o in [schema, *options] for k, v in o.items()
              if k in ("minimum", "maximum", "pattern", "maxLength", "minLength", "default")}
    if enum:
        limits["one of"] = ", ".join(map(str, enum))
    text = "; ".join(f"{k}: {v}" for k, v in limits.items())
    required = " (required)" if param.get("required") else ""
    return (f"<tr><td><code>{html.escape(param['name'])}</code>{required}</td>"
            f"<td>{param.get('in')}</td><td>{html.escape('/'.join(kinds))}</td>"
            f"<td>{html.escape(text)}</td></tr>")


def _resolve(schema: dict, components: dict) -> dict:
    ref = schema.get("$ref", "")
    return components.get(ref.rsplit("/", 1)[-1], schema) if ref else schema

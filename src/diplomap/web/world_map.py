"""The offline world map's geometry: Natural Earth's 1:110m countries (public domain), as
shipped in the geopandas 0.14.4 wheel, simplified to a small JSON file the dashboard serves.

Built once and committed (static/data/world.json); rebuild with
    pip download geopandas==0.14.4 --no-deps -d /tmp/w
    python -m diplomap.web.world_map /tmp/w/geopandas-0.14.4-py3-none-any.whl
The shapefile is read with the standard library (polygons and a dBASE table only).
"""

from __future__ import annotations

import json
import math
import struct
import sys
import zipfile
from pathlib import Path
from typing import Any

WHEEL_DIR = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
CITIES_DIR = "geopandas/datasets/naturalearth_cities/naturalearth_cities"
OUTPUT = Path(__file__).resolve().parent / "static" / "data" / "world.json"
TOLERANCE = 0.15  # degrees: Douglas-Peucker tolerance
DIGITS = 2
# Natural Earth leaves iso_a3 at -99 where the sovereign code is disputed or administrative;
# these are the ISO 3166 codes the rest of diplomap uses for them.
CODE_FIXES = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX", "N. Cyprus": "CYN",
              "Somaliland": "SOL"}

Point = tuple[float, float]


def read_shapes(shp: bytes) -> list[list[list[Point]]]:
    """The polygons of a shapefile, each as its rings of (lon, lat)."""
    shapes: list[list[list[Point]]] = []
    offset = 100
    while offset < len(shp):
        _, words = struct.unpack(">ii", shp[offset:offset + 8])
        body = shp[offset + 8:offset + 8 + 2 * words]
        offset += 8 + 2 * words
        if struct.unpack("<i", body[:4])[0] != 5:
            shapes.append([])
            continue
        n_parts, n_points = struct.unpack("<ii", body[36:44])
        parts = [*struct.unpack(f"<{n_parts}i", body[44:44 + 4 * n_parts]), n_points]
        first = 44 + 4 * n_parts
        xy = struct.unpack(f"<{2 * n_points}d", body[first:first + 16 * n_points])
        points = list(zip(xy[0::2], xy[1::2], strict=True))
        shapes.append([points[parts[i]:parts[i + 1]] for i in range(n_parts)])
    return shapes


def read_points(shp: bytes) -> list[Point]:
    """The points of a shapefile of points."""
    points, offset = [], 100
    while offset < len(shp):
        _, words = struct.unpack(">ii", shp[offset:offset + 8])
        x, y = struct.unpack("<dd", shp[offset + 12:offset + 28])
        points.append((x, y))
        offset += 8 + 2 * words
    return points


def read_table(dbf: bytes) -> list[dict[str, str]]:
    """The rows of a dBASE III table as text."""
    n_rows, header, size = struct.unpack("<IHH", dbf[4:12])
    fields, at = [], 32
    while dbf[at] != 0x0D:
        name = dbf[at:at + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, dbf[at + 16]))
        at += 32
    rows = []
    for i in range(n_rows):
        record, pos, row = dbf[header + i * size:header + (i + 1) * size], 1, {}
        for name, length in fields:
            row[name] = record[pos:pos + length].decode("utf-8", "replace").strip()
            pos += length
        rows.append(row)
    return rows


def simplify(ring: list[Point], tolerance: float = TOLERANCE) -> list[Point]:
    """Douglas-Peucker on one ring (its first and last points kept)."""
    if len(ring) < 4:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        a, b = stack.pop()
        far, index = 0.0, -1
        for i in range(a + 1, b):
            d = _distance(ring[i], ring[a], ring[b])
            if d > far:
                far, index = d, i
        if index >= 0 and far > tolerance:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(ring, keep, strict=True) if k]


def _distance(p: Point, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == dy == 0:
        return math.dist(p, a)
    return abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / math.hypot(dx, dy)


def centroid(ring: list[Point]) -> tuple[Point, float]:
    """The centroid and the (absolute) area of a ring."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area == 0:
        return ring[0], 0.0
    return (cx / (3 * area), cy / (3 * area)), abs(area) / 2


def build(wheel: Path) -> dict[str, Any]:
    """{source, countries: [{id, name, center, rings}], points: {entity ID: [lon, lat]}}
    from the geopandas wheel: countries with their outline, and the cities of Natural Earth
    that the lexicon knows (a place, or a state's capital: where a state too small for the
    1:110m outlines is drawn)."""
    with zipfile.ZipFile(wheel) as z:
        shapes = read_shapes(z.read(WHEEL_DIR + ".shp"))
        rows = read_table(z.read(WHEEL_DIR + ".dbf"))
        cities = zip(read_table(z.read(CITIES_DIR + ".dbf")),
                     read_points(z.read(CITIES_DIR + ".shp")), strict=True)
    countries: list[dict[str, Any]] = []
    for row, rings in zip(rows, shapes, strict=True):
        code = row["iso_a3"] if row["iso_a3"] != "-99" else CODE_FIXES.get(row["name"])
        if not code or not rings:
            continue
        (cx, cy), _ = max((centroid(r) for r in rings), key=lambda c: c[1])
        small = [[[round(x, DIGITS), round(y, DIGITS)] for x, y in simplify(r)] for r in rings]
        countries.append({"id": code, "name": row["name"],
                          "center": [round(cx, DIGITS), round(cy, DIGITS)],
                          "rings": [r for r in small if len(r) >= 4]})
    countries.sort(key=lambda c: c["id"])
    return {"source": "Natural Earth 1:110m admin-0 countries and populated places (public "
                      "domain), from the geopandas 0.14.4 wheel; simplified by "
                      "diplomap.web.world_map",
            "countries": countries, "points": city_points(cities)}


def city_points(cities: Any) -> dict[str, list[float]]:
    """{entity ID: [lon, lat]} of the cities the lexicon names: places by their names, states
    by their capital's."""
    from diplomap.lexicon import load_lexicon

    known: dict[str, str] = {}
    for entity in load_lexicon():
        if entity.kind == "place":
            known.update({n: entity.id for n in [entity.en, *entity.names.get("en", [])]})
        elif entity.kind == "state":
            known.update({n: entity.id for n in entity.capital.get("en", [])})
    points = {}
    for row, (x, y) in cities:
        entity_id = known.get(row["name"])
        if entity_id and entity_id not in points:
            points[entity_id] = [round(x, DIGITS), round(y, DIGITS)]
    return dict(sorted(points.items()))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m diplomap.web.world_map GEOPANDAS_0.14.4_WHEEL", file=sys.stderr)
        return 2
    data = build(Path(argv[0]))
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(data['countries'])} countries -> {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

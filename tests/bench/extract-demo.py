#!/usr/bin/env python3
"""Regenerates api/data/demo/fenggang.csv, the demo grid's division data:
贵州省 (52) → 遵义市 (5203) → 凤冈县 (520327) with its townships and
villages/communities, from the national division list (2023 edition).

    python3 tests/bench/extract-demo.py [DIVISION_DIR] [OUT_CSV]

DIVISION_DIR defaults to ../shared/data/china-division (relative to the
repository root), OUT_CSV to api/data/demo/fenggang.csv. Display names drop the
committee suffix exactly as api/src/divisions/names.rs does for the two
patterns that occur in Fenggang (…村村民委员会 → …村, …社区居民委员会 → …社区);
any other pattern stops the script so the rule can be checked first.
"""
import csv
import gzip
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "china-division")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "api", "data", "demo", "fenggang.csv")
PROVINCE, CITY, COUNTY = "52", "5203", "520327"


def rows(name):
    path = os.path.join(SRC, name)
    if os.path.exists(path + ".gz"):
        f = gzip.open(path + ".gz", "rt", encoding="utf-8", newline="")
    else:
        f = open(path, encoding="utf-8", newline="")
    with f:
        yield from csv.DictReader(f)


def village_name(raw):
    if raw.endswith("村民委员会") and raw[: -len("村民委员会")].endswith("村"):
        return raw[: -len("村民委员会")]
    if raw.endswith("居民委员会") and raw[: -len("居民委员会")].endswith("社区"):
        return raw[: -len("居民委员会")]
    sys.exit(f"unexpected village name pattern: {raw!r}; extend the rule (see names.rs)")


out = []
out += [(r["code"], r["name"], 1, "") for r in rows("provinces.csv") if r["code"] == PROVINCE]
out += [(r["code"], r["name"], 2, r["provinceCode"]) for r in rows("cities.csv") if r["code"] == CITY]
out += [(r["code"], r["name"], 3, r["cityCode"]) for r in rows("areas.csv") if r["code"] == COUNTY]
out += [(r["code"], r["name"], 4, r["areaCode"]) for r in rows("streets.csv") if r["areaCode"] == COUNTY]
out += [
    (r["code"], village_name(r["name"]), 5, r["streetCode"])
    for r in rows("villages.csv")
    if r["areaCode"] == COUNTY
]
out.sort(key=lambda r: (r[2], r[0]))

with open(OUT, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["code", "name", "level", "parentCode"])
    w.writerows(out)

counts = {lvl: sum(1 for r in out if r[2] == lvl) for lvl in range(1, 6)}
print(f"{OUT}: {len(out)} rows; townships {counts[4]}, villages/communities {counts[5]}")

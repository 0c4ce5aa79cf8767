#!/usr/bin/env python3
"""Checks Ascent's counts by standing against Ofsted's raw "Childcare providers and inspections" file.

Counts every provider's standing straight from the CSV (without any of Ascent's code), per local authority and
nationally, and compares them with what Ascent holds after importing the same file: the counts its home pages show.

    export Ascent__DataDirectory=/tmp/ascent-check
    dotnet run --project src/Ascent.Web -- import ofsted segment-*.csv
    scripts/check-standing-counts.py /tmp/ascent-check/ascent.db segment-*.csv

Only the 2021 layout (Most recent full / NCOR / CR columns) is read. The standing of a provider, as docs/development.md
says: its latest full inspection's overall effectiveness (1 or 2 good or better, 3 requires improvement, 4
inadequate); a provider never fully inspected stands by its latest no-children-on-roll or Childcare Register outcome
(met, not met); otherwise it is not yet inspected. Exits 1 when any count differs.
"""

import csv
import sqlite3
import sys
from collections import Counter
from datetime import datetime

GRADES = {"1": "good-or-better", "2": "good-or-better", "3": "requires-improvement", "4": "inadequate"}


def standing(row):
    overall = row["Most recent full: Overall effectiveness"].strip()
    if overall in GRADES:
        return GRADES[overall]
    outcomes = []
    for prefix in ("NCOR", "CR"):
        date = row[f"{prefix}: Inspection date"].strip()
        outcome = row[f"{prefix}: Overall effectiveness"].strip()
        if date and outcome:
            outcomes.append((datetime.strptime(date, "%d/%m/%Y"), outcome))
    if outcomes:
        return "met" if max(outcomes)[1] == "Met" else "not-met"
    return "not-yet-inspected"


def from_file(paths):
    counts = Counter()
    for path in paths:
        with open(path, newline="", encoding="utf-8-sig") as f:
            for row in csv.DictReader(f):
                counts[(row["Local authority"].strip(), standing(row))] += 1
    return counts


def from_ascent(database, authorities):
    counts = Counter()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        rows = db.execute(
            'SELECT "LocalAuthorityName", "StandingCode", COUNT(*) FROM "Settings" '
            "WHERE \"Status\" = 'Active' AND \"LeftRegisterOn\" IS NULL GROUP BY 1, 2")
        for authority, code, count in rows:
            if authority in authorities:
                counts[(authority, code)] += count
    return counts


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    expected = from_file(sys.argv[2:])
    authorities = {la for la, _ in expected}
    actual = from_ascent(sys.argv[1], authorities)

    differences = [(key, expected[key], actual[key]) for key in sorted(set(expected) | set(actual)) if expected[key] != actual[key]]
    national_file, national_ascent = Counter(), Counter()
    for (_, code), count in expected.items():
        national_file[code] += count
    for (_, code), count in actual.items():
        national_ascent[code] += count

    print(f"{len(authorities)} local authorities, {sum(expected.values()):,} providers in the file, {sum(actual.values()):,} in Ascent")
    print(f"{'standing':<22}{'file':>10}{'Ascent':>10}")
    for code in sorted(set(national_file) | set(national_ascent)):
        print(f"{code:<22}{national_file[code]:>10,}{national_ascent[code]:>10,}")
    for (authority, code), want, got in differences:
        print(f"DIFFERENT {authority}: {code} file {want}, Ascent {got}")
    if differences:
        sys.exit(1)
    print(f"Every count by standing matches, for each of the {len(authorities)} local authorities and nationally.")


if __name__ == "__main__":
    main()

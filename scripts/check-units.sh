#!/usr/bin/env bash
# Checks data/units.tsv, the physical units the figure parser reads, against GNU units
# (Debian's `units`, scripts/setup.sh): every name GNU units knows in the same dimension must
# convert to the row's `gnu` unit by exactly the row's power of ten, and every row must have at
# least one name that GNU units confirms. Names GNU units does not know ("sq mi"), or reads as
# another dimension ("kb" is a kilobarn there, a kilobyte here), are listed, not failed.
# Rows whose `gnu` column is "-" (FLOPS: GNU units has no FLOP) are skipped.
# Usage: scripts/check-units.sh   (exit 1 when a factor is wrong)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v units >/dev/null || { echo "check-units.sh: needs GNU units (apt-get install units)" >&2; exit 2; }
python3 - data/units.tsv <<'EOF'
import math, subprocess, sys

def gnu(name, to):
    """GNU units' factor from `name` to `to`, or None when it does not know it or the two differ in dimension."""
    r = subprocess.run(["units", "-t", "1 " + name, to], capture_output=True, text=True)
    try:
        return float(r.stdout.split()[0]) if r.returncode == 0 else None
    except (ValueError, IndexError):
        return None

bad = 0
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip() or line.startswith("#"):
        continue
    words, glued, unit, power, dimension, to = line.rstrip("\n").split("\t")
    if to == "-":
        continue
    names = [n for f in (words, glued) if f != "-" for n in f.split("|")]
    confirmed, unknown = [], []
    for n in names:
        f = gnu(n, to)
        if f is None:
            unknown.append(n)
        elif math.isclose(f, 10.0 ** int(power), rel_tol=1e-12):
            confirmed.append(n)
        else:
            print(f"WRONG  {n}: GNU units says 1 {n} = {f} {to}, the table says 1e{power} ({unit})")
            bad += 1
    if not confirmed:
        print(f"WRONG  row {unit} x 1e{power}: no name of it is confirmed by GNU units")
        bad += 1
    print(f"ok     {dimension:12} {unit:7} 1e{power:<3} confirmed: {' '.join(confirmed)}"
          + (f"   (not GNU units' names here: {' '.join(unknown)})" if unknown else ""))

# data/si_units.tsv with data/si_prefixes.tsv: every prefixed symbol a row allows must convert to
# the row's `gnu` unit by 10^(prefix + row power); the micro sign is asked as GNU units' "u".
prefixes = {}
for line in open("data/si_prefixes.tsv", encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        sym, name, power = line.rstrip("\n").split("\t")
        prefixes[sym] = int(power)
for line in open("data/si_units.tsv", encoding="utf-8"):
    if not line.strip() or line.startswith("#"):
        continue
    symbol, names, unit, power, allowed, dimension, to = line.rstrip("\n").split("\t")
    for p in allowed.split():
        name = ("u" if p in ("\u00b5", "\u03bc") else p) + symbol
        f = gnu(name, to)
        want = 10.0 ** (prefixes[p] + int(power))
        if f is None or not math.isclose(f, want, rel_tol=1e-12):
            print(f"WRONG  {p}{symbol}: GNU units says 1 {name} = {f} {to}, the tables say {want:g} ({unit})")
            bad += 1
    print(f"ok     {dimension:12} {unit:7} SI prefixes {allowed} on {symbol}")
sys.exit(1 if bad else 0)
EOF

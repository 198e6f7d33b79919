"""Checks that no query of crates/noc-search/tests/realistic.tsv is a real survey title (issue 22):
the real titles have no licence, so none may be copied into the project. Compares ignoring case,
accents and punctuation ("REALTOR®" is "realtor"), line by line, and prints only line numbers and a count (never a title). Skips cleanly when
../shared/data/real-titles/ is absent.

    python3 bench/real-titles/check-realistic.py [REAL_TITLES.tsv]
"""
import os
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
real_path = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get(
    "REAL_TITLES", ROOT / "../shared/data/real-titles/survey-titles-tuning.tsv"))
if not real_path.exists():
    print(f"realistic vs real titles: skipped ({real_path} is absent)")
    sys.exit(0)

def folded(title):
    """Lower case, no accents, words only."""
    text = unicodedata.normalize("NFKD", title.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", text))


real = set()
for line in open(real_path, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    real.add(folded(line.split("\t")[0]))
hits = []
for n, line in enumerate(open(ROOT / "crates/noc-search/tests/realistic.tsv", encoding="utf-8"), 1):
    if line.startswith("#") or not line.strip():
        continue
    if folded(line.split("\t")[1]) in real:
        hits.append(n)
print(f"realistic.tsv queries that are real survey titles: {len(hits)}" + (f" (lines {hits})" if hits else ""))
sys.exit(1 if hits else 0)

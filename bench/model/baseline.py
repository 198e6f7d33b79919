"""The linear baseline of issue 22, for `make bench`: a linear SVM (C = 0.5) over TF-IDF of word 1-2-grams
and character 3-5-grams (within words), trained on the NOC 2021 index of titles only (class titles,
illustrative examples, all examples, inclusions), scored on the real coded titles when present.

    bench/.venv/bin/python bench/model/baseline.py REAL_TITLES.tsv OUT.json

Writes, per half (fit / check) and per language (en), first / top five per title and per person, and
each title's top five (to OUT.json's side file, for the failure kinds of the fit half only).
"""
import csv
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC

ROOT = Path(__file__).resolve().parents[2]
KINDS = {"All examples", "Illustrative example(s)", "Inclusion(s)"}


def noc_titles():
    rows = csv.DictReader(
        open(ROOT / "data/noc2021/derived/noc_2021_v1.0_elements_en_derived.csv", encoding="utf-8-sig")
    )
    seen, texts, labels = set(), [], []
    for r in rows:
        if r["Level"] != "5":
            continue
        code = r["Code - NOC 2021 V1.0"]
        for t in ([r["Class title"]] + ([r["Element Description English"]] if r["Element Type Label English"] in KINDS else [])):
            key = (code, t.strip().lower())
            if t.strip() and key not in seen:
                seen.add(key)
                texts.append(t.strip())
                labels.append(code)
    return texts, labels


def fnv1a(text):
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def real_titles(path):
    out = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        c = line.rstrip("\n").split("\t")
        out.append((c[0], c[1].split(","), int(c[3])))
    return out


def main():
    real_path, out_path = sys.argv[1], Path(sys.argv[2])
    t0 = time.time()
    texts, labels = noc_titles()
    vec = FeatureUnion([
        ("w", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode")),
        ("c", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, strip_accents="unicode")),
    ])
    x = vec.fit_transform(texts)
    clf = LinearSVC(C=0.5, random_state=0)
    clf.fit(x, labels)
    fit_s = time.time() - t0
    cases = real_titles(real_path)
    scores = clf.decision_function(vec.transform([c[0] for c in cases]))
    top = np.argsort(-scores, axis=1)[:, :5]
    classes = clf.classes_
    result = {"trained_on": len(texts), "fit_seconds": round(fit_s, 1), "halves": {}, "ranks": []}
    for half in ("fit", "check"):
        t = {"n": 0, "people": 0, "first": 0, "top5": 0, "first_people": 0, "top5_people": 0}
        result["halves"][half] = t
    for (title, want, people), row in zip(cases, top):
        got = [classes[i] for i in row]
        half = "check" if fnv1a(title) % 2 else "fit"
        r = next((i for i, g in enumerate(got) if g in want), None)
        t = result["halves"][half]
        t["n"] += 1
        t["people"] += people
        if r == 0:
            t["first"] += 1
            t["first_people"] += people
        if r is not None:
            t["top5"] += 1
            t["top5_people"] += people
        if half == "fit":
            result["ranks"].append(got)
    out_path.write_text(json.dumps(result))
    for half, t in result["halves"].items():
        print(
            f"baseline {half}: first {100*t['first']/t['n']:.1f} % / {100*t['first_people']/t['people']:.1f} %, "
            f"top 5 {100*t['top5']/t['n']:.1f} % / {100*t['top5_people']/t['people']:.1f} % "
            f"(per title / per person; {t['n']} titles, {t['people']} people)"
        )


if __name__ == "__main__":
    main()

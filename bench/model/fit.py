"""Fits the search ranker's linear model (`make model`, steps 2 and 4; see docs/search-model.md).

    python bench/model/fit.py ROWS_DIR LANG heldout OUT.bin    # without the held-out titles
    python bench/model/fit.py ROWS_DIR LANG final OUT.bin      # on every row, with the fitted blend

Reads ROWS_DIR/<lang>.rows and <lang>.classes (written by the `model_data` example from the NOC's
own titles), fits a one-vs-rest linear SVM (liblinear, fixed seed: the same rows give the same
bytes), keeps the MAX_WEIGHTS largest weights, quantises them to one signed byte and writes the
model file `crates/noc-search/src/model.rs` reads. The blend (how the model and the word matcher
combine) comes from ROWS_DIR/<lang>.blend when present (`model_blend` example, step 3).
"""
import csv
import struct
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.svm import LinearSVC

import os

C = float(os.environ.get("FIT_C", "0.5"))
MAX_WEIGHTS = int(os.environ.get("FIT_MAX_WEIGHTS", "60000"))
# Weight of each unit group's employment (COPS 2023, log scale) added to its bias: real titles are
# written by workers, so a group with many of them is the likelier answer. Chosen among 0, 0.1 and
# 0.2 on the fit half of the real titles (`make bench`): 0.1.
PRIOR = float(os.environ.get("FIT_PRIOR", "0.1"))
COPS = Path(__file__).resolve().parents[2] / "data/noc2021/cops_2024_2033/summary_sommaire_2024_2033_noc2021.csv"
# Rows of a smaller weight than this are left out (1: the titles alone; 0: every row).
MIN_WEIGHT = float(os.environ.get("FIT_MIN_WEIGHT", "1"))


def read_rows(path, keep_held_out):
    return parse_rows(open(path, encoding="utf-8"), keep_held_out)


def parse_rows(lines, keep_held_out):
    """Rows in the `model_data` layout (`class \t weight \t held-out \t bucket:value …`) as a
    sparse matrix's parts, classes and weights."""
    data, indices, indptr, y, w = [], [], [0], [], []
    for line in lines:
        cls, weight, held, feats = line.rstrip("\n").split("\t")
        if (held == "1" and not keep_held_out) or float(weight) < MIN_WEIGHT:
            continue
        for f in feats.split(" "):
            b, v = f.split(":")
            indices.append(int(b))
            data.append(float(v))
        indptr.append(len(indices))
        y.append(int(cls))
        w.append(float(weight))
    return np.array(data), np.array(indices), np.array(indptr), np.array(y), np.array(w)


def log_employment(codes):
    """Each class's log employment (COPS 2023) minus the median's; a group COPS does not publish
    (N/A) gets the median, so no prior either way."""
    emp = {}
    for r in csv.DictReader(open(COPS, encoding="utf-8-sig")):
        v = r["Employment_emploi_2023"].replace(",", "").strip()
        if v.isdigit() and int(v) > 0:
            emp[r["Code"]] = np.log(float(v))
    known = np.array([emp[f"{c:05d}"] for c in codes if f"{c:05d}" in emp])
    mid = float(np.median(known))
    return np.array([emp.get(f"{c:05d}", mid) - mid for c in codes])


def varint(out, v):
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out.append(b | 0x80)
        else:
            out.append(b)
            return


def main():
    rows_dir, lang, mode, out_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4])
    codes = [int(c) for c in (rows_dir / f"{lang}.classes").read_text().split()]
    data, indices, indptr, y, w = read_rows(rows_dir / f"{lang}.rows", mode == "final")
    # Only the buckets that occur become columns (the hash space is mostly empty).
    used, cols = np.unique(indices, return_inverse=True)
    x = csr_matrix((data, cols, indptr), shape=(len(y), len(used)))
    clf = LinearSVC(C=C, random_state=0, tol=1e-3)
    clf.fit(x, y, sample_weight=w)
    coef = clf.coef_  # classes x columns
    classes = list(clf.classes_)
    assert classes == list(range(len(codes))), "every class needs a row"
    flat = np.abs(coef).ravel()
    if flat.size > MAX_WEIGHTS:
        threshold = np.partition(flat, flat.size - MAX_WEIGHTS)[flat.size - MAX_WEIGHTS]
    else:
        threshold = 0.0
    scale = float(np.abs(coef).max()) / 127.0
    q = np.where(np.abs(coef) >= threshold, np.rint(coef / scale), 0).astype(np.int64)
    bias = clf.intercept_ + PRIOR * log_employment(codes)
    bias_scale = float(np.abs(bias).max()) / 32767.0 or 1.0
    qb = np.rint(bias / bias_scale).astype(np.int64)
    blend = []
    blend_file = rows_dir / f"{lang}.blend"
    if mode == "final" and blend_file.exists():
        blend = [float(v) for v in blend_file.read_text().split()]

    out = bytearray(b"NOCM")
    out.append(1)
    out += struct.pack("<H", len(codes))
    for c in codes:
        out += struct.pack("<I", c)
    out += struct.pack("<ff", scale, bias_scale)
    out.append(len(blend))
    for v in blend:
        out += struct.pack("<f", v)
    for b in qb:
        out += struct.pack("<h", int(b))
    nz_cols = [j for j in range(q.shape[1]) if q[:, j].any()]
    out += struct.pack("<I", len(nz_cols))
    prev = 0
    for i, j in enumerate(nz_cols):
        b = int(used[j])
        varint(out, b if i == 0 else b - prev)
        prev = b
    entries = []
    for j in nz_cols:
        nz = np.nonzero(q[:, j])[0]
        varint(out, len(nz))
        entries.append(nz)
    for nz in entries:
        last = 0
        for k, c in enumerate(nz):
            varint(out, int(c) if k == 0 else int(c) - last)
            last = int(c)
    for j, nz in zip(nz_cols, entries):
        out += bytes(int(v) & 0xFF for v in q[nz, j])
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_bytes(bytes(out))
    print(f"{lang} {mode}: {len(y)} rows, {len(used)} buckets used, {sum(len(e) for e in entries)} weights kept, {len(out)} bytes")


if __name__ == "__main__":
    main()

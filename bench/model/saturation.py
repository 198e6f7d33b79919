"""What else the NOC's own data can add to the ranker (issue 22): each change tried on the FIT half of
the real titles only, all other evidence kept as shipped (`bench/real-titles/saturation.sh`).

    python bench/model/saturation.py ROWS_DIR EVIDENCE REAL_TITLES OUT.md

ROWS_DIR: `model_data --extra` output (training rows, classes and the other NOC text as `<lang>.extra`).
EVIDENCE: `noc-bench-real-titles --evidence` output: per fit-half title, the wanted groups, people,
the model's input features and the word matcher's, letters' and exact-title evidence per unit group
(no title text). REAL_TITLES is read only to score the linear baseline on the same titles.

Each variant refits the model in memory (unquantised, every weight) and ranks every unit group by
model + word matcher + letters + exact-title bonus, as `index/blend.rs` does. Nothing here is
shipped or written into the project but OUT.md's table of percentages.
"""
import sys
import time
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, vstack
from sklearn.svm import LinearSVC

sys.path.insert(0, str(Path(__file__).resolve().parent))
import baseline  # noqa: E402
import fit  # noqa: E402


def read_evidence(path):
    lines = Path(path).read_text().split("\n")
    units = lines[0].split(",")
    cases = []
    for line in lines[1:]:
        if not line:
            continue
        want, people, feats, engine, chars, exact = line.split("\t")
        pairs = [f.split(":") for f in feats.split(" ") if f]
        cases.append({
            "want": set(want.split(",")),
            "people": int(people),
            "buckets": [int(b) for b, _ in pairs],
            "values": [float(v) for _, v in pairs],
            "engine": np.array(engine.split(","), float),
            "chars": np.array(chars.split(","), float) if chars else np.zeros(len(units)),
            "exact": np.array([c == "1" for c in exact], float),
        })
    return units, cases


def read_extra(path):
    """Rows of `<lang>.extra` by kind, in the `<lang>.rows` layout."""
    out = {}
    for line in open(path, encoding="utf-8"):
        kind, rest = line.rstrip("\n").split("\t", 1)
        out.setdefault(kind, []).append(rest)
    return out


class Lab:
    def __init__(self, rows_dir, evidence):
        self.units, self.cases = read_evidence(evidence)
        self.codes = [int(c) for c in (Path(rows_dir) / "en.classes").read_text().split()]
        fit.MIN_WEIGHT = 1.0
        data, ind, ptr, self.y, self.w = fit.read_rows(Path(rows_dir) / "en.rows", True)
        extra = read_extra(Path(rows_dir) / "en.extra")
        self.extra = {k: fit.parse_rows(v, True)[:4] for k, v in extra.items()}
        # One column space for every row set and the queries.
        all_ind = np.concatenate([ind] + [e[1] for e in self.extra.values()])
        self.used = np.unique(all_ind)
        self.X = self._matrix(data, ind, ptr)
        self.extra = {k: (self._matrix(d, i, p), yy) for k, (d, i, p, yy) in self.extra.items()}
        col = {b: j for j, b in enumerate(self.used)}
        qd, qi, qp = [], [], [0]
        for c in self.cases:
            for b, v in zip(c["buckets"], c["values"]):
                if b in col:
                    qi.append(col[b])
                    qd.append(v)
            qp.append(len(qi))
        self.Q = csr_matrix((qd, qi, qp), shape=(len(self.cases), len(self.used)))
        cls = {c: i for i, c in enumerate(self.codes)}
        self.unit_class = np.array([cls[int(u)] for u in self.units])
        self.prior = fit.log_employment(self.codes)[self.unit_class][None, :]
        self.rest = np.array([c["engine"] + c["chars"] + c["exact"] for c in self.cases])

    def _matrix(self, data, ind, ptr):
        return csr_matrix((data, np.searchsorted(self.used, ind), ptr), shape=(len(ptr) - 1, len(self.used)))

    def model(self, extra=(), C=0.5, max_weights=None, class_weight=None, y_map=None):
        """Model scores per (title, unit group); `extra`: (kind, weight) row sets added."""
        X, y, w = [self.X], [self.y], [self.w]
        for kind, weight in extra:
            ex, ey = self.extra[kind]
            X.append(ex)
            y.append(ey)
            w.append(np.full(len(ey), weight))
        y = np.concatenate(y)
        if y_map is not None:
            y = y_map[y]
        clf = LinearSVC(C=C, random_state=0, tol=1e-3, class_weight=class_weight, max_iter=3000)
        clf.fit(vstack(X).tocsr(), y, sample_weight=np.concatenate(w))
        coef = clf.coef_
        if max_weights:
            flat = np.abs(coef).ravel()
            cut = np.partition(flat, flat.size - max_weights)[flat.size - max_weights]
            coef = np.where(np.abs(coef) >= cut, coef, 0)
        return np.asarray(self.Q @ coef.T + clf.intercept_), list(clf.classes_)

    def unit_model(self, **kw):
        s, _ = self.model(**kw)
        return s[:, self.unit_class]

    def score(self, scores):
        """First / top five, per title and per person."""
        n = people = first = top5 = first_p = top5_p = 0
        for row, c in zip(scores, self.cases):
            top = np.argsort(-row, kind="stable")[:5]
            rank = next((k for k, u in enumerate(top) if self.units[u] in c["want"]), None)
            n += 1
            people += c["people"]
            if rank == 0:
                first += 1
                first_p += c["people"]
            if rank is not None:
                top5 += 1
                top5_p += c["people"]
        return (100 * first / n, 100 * first_p / people, 100 * top5 / n, 100 * top5_p / people)

    def top5_union(self, rankings):
        """Top five per title / per person if the best of `rankings` were chosen for each title."""
        n = people = hit = hit_p = 0
        for i, c in enumerate(self.cases):
            ok = any(in_top5(r[i], c["want"], self.units) for r in rankings)
            n += 1
            people += c["people"]
            hit += ok
            hit_p += c["people"] if ok else 0
        return 100 * hit / n, 100 * hit_p / people


def in_top5(row, want, units):
    return any(units[u] in want for u in np.argsort(-row, kind="stable")[:5])


def diversified(scores, units, penalty):
    """Top five re-picked greedily, each pick losing `penalty` per earlier pick of its minor group."""
    out = np.full_like(scores, -1e9)
    minor = np.array([u[:4] for u in units])
    for i, row in enumerate(scores):
        pool = list(np.argsort(-row, kind="stable")[:30])
        chosen = []
        while len(chosen) < 5 and pool:
            best = max(pool, key=lambda j: row[j] - penalty * sum(minor[j] == minor[c] for c in chosen))
            chosen.append(best)
            pool.remove(best)
        for r, j in enumerate(chosen):
            out[i, j] = 100 - r
    return out


def baseline_scores(lab, real_path):
    """The linear baseline's scores on the same fit-half titles, per unit group."""
    cases = [c for c in baseline.real_titles(real_path) if baseline.fnv1a(c[0]) % 2 == 0]
    assert len(cases) == len(lab.cases)
    texts, labels = baseline.noc_titles()
    vec = baseline.FeatureUnion([
        ("w", baseline.TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode")),
        ("c", baseline.TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, strip_accents="unicode")),
    ])
    clf = LinearSVC(C=0.5, random_state=0).fit(vec.fit_transform(texts), labels)
    s = clf.decision_function(vec.transform([c[0] for c in cases]))
    col = {c: i for i, c in enumerate(clf.classes_)}
    return s[:, [col[u] for u in lab.units]]


def main():
    rows_dir, evidence, real_path, out = sys.argv[1:5]
    t0 = time.time()
    lab = Lab(rows_dir, evidence)
    results = []
    ceilings = []

    def add(name, scores):
        r = lab.score(scores)
        results.append((name, r))
        print(f"{name}: first {r[0]:.1f} / {r[1]:.1f}, top 5 {r[2]:.1f} / {r[3]:.1f}", flush=True)

    base = lab.unit_model()
    shipped = base + fit.PRIOR * lab.prior + lab.rest
    add("as shipped (every weight, unquantised)", shipped)
    add("model alone (no word matcher, letters or bonus)", base + fit.PRIOR * lab.prior)
    for k in (30000, 120000):
        add(f"model pruned to the {k:,} largest weights", lab.unit_model(max_weights=k) + fit.PRIOR * lab.prior + lab.rest)
    for c in (0.25, 1.0):
        add(f"SVM C = {c} (shipped 0.5)", lab.unit_model(C=c) + fit.PRIOR * lab.prior + lab.rest)
    add("SVM with balanced class weights", lab.unit_model(class_weight="balanced") + fit.PRIOR * lab.prior + lab.rest)
    for p in (0.0, 0.2, 0.3):
        add(f"employment prior {p} (shipped {fit.PRIOR})", base + p * lab.prior + lab.rest)
    for kind, weight in (("duty", 0.3), ("exclusion", 0.5), ("minor", 0.5), ("submajor", 0.5), ("requirement", 0.3), ("additional", 0.3), ("workplace", 0.3)):
        add(f"+ NOC {kind} rows (weight {weight})", lab.unit_model(extra=[(kind, weight)]) + fit.PRIOR * lab.prior + lab.rest)
    # Shared evidence from coarser levels: one more classifier per level, its score added.
    code_str = [f"{c:05d}" for c in lab.codes]
    for name, key in (("minor group", lambda s: s[:4]), ("sub-major group", lambda s: s[:3]), ("TEER", lambda s: s[1])):
        labels = sorted({key(s) for s in code_str})
        idx = {l: i for i, l in enumerate(labels)}
        y_map = np.array([idx[key(s)] for s in code_str])
        level, _ = lab.model(y_map=y_map)
        add(f"+ 0.25 x a {name} classifier", shipped + 0.25 * level[:, y_map[lab.unit_class]])
    for penalty in (0.1, -0.1):
        add(f"top five diversified by minor group ({penalty:+})", diversified(shipped, lab.units, penalty))
    if Path(real_path).exists():
        b = baseline_scores(lab, real_path)
        add("linear baseline alone", b)
        add("as shipped + 1 x the linear baseline", shipped + b)
        # Ceilings, not rankers: the share of titles whose group is in the top five of ANY of
        # several rankings (up to five candidates each), as a perfect chooser between them would get.
        words_only = np.array([c["engine"] for c in lab.cases])
        letters_only = np.array([c["chars"] for c in lab.cases])
        ceilings.append(("ours or the linear baseline (10 candidates)", lab.top5_union([shipped, b])))
        ceilings.append((
            "the model, the word matcher or the letters alone (15 candidates)",
            lab.top5_union([base + fit.PRIOR * lab.prior, words_only + 1e-3 * base, letters_only]),
        ))
    lines = [
        "| change (fit half only) | first per title | first per person | top five per title | top five per person |",
        "|---|---|---|---|---|",
    ]
    for name, r in results:
        lines.append(f"| {name} | {r[0]:.1f} % | {r[1]:.1f} % | {r[2]:.1f} % | {r[3]:.1f} % |")
    if ceilings:
        lines += [
            "",
            "Ceilings (not rankers): the group is in the top five of at least one of these rankings.",
            "",
            "| rankings | top five per title | top five per person |",
            "|---|---|---|",
        ]
        for name, (t, p) in ceilings:
            print(f"ceiling {name}: top 5 {t:.1f} / {p:.1f}", flush=True)
            lines.append(f"| {name} | {t:.1f} % | {p:.1f} % |")
    Path(out).write_text("\n".join(lines) + "\n")
    print(f"{len(results)} variants in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()

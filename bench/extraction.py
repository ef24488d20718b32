"""Scores Dossier's and trafilatura's article bodies against hand-marked ones (see bench/extraction)."""
import argparse
import gzip
import importlib.util
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

# Paragraph kinds that are not the article body.
NOT_BODY = {"title", "byline", "dateline", "aside"}


def load_scorer(directory: Path):
    spec = importlib.util.spec_from_file_location("evaluate", directory / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def dossier_body(binary: str, page: Path):
    start, cpu = time.perf_counter(), children_cpu()
    run = subprocess.run([binary, "export", str(page)], capture_output=True)
    elapsed, cpu = time.perf_counter() - start, children_cpu() - cpu
    if run.returncode != 0:
        return "", elapsed, cpu
    doc = json.loads(run.stdout)
    return "\n".join(p["text"] for p in doc["paragraphs"] if p["kind"] not in NOT_BODY), elapsed, cpu


def dossier_text(binary: str, page: Path):
    """`dossier text --body`: the same body, printed without building the entity stages."""
    start, cpu = time.perf_counter(), children_cpu()
    run = subprocess.run([binary, "text", "--body", str(page)], capture_output=True)
    elapsed, cpu = time.perf_counter() - start, children_cpu() - cpu
    return (run.stdout.decode("utf-8", "replace") if run.returncode == 0 else ""), elapsed, cpu


def trafilatura_body(page: Path):
    import trafilatura
    start, cpu = time.perf_counter(), time.process_time()
    html = gzip.decompress(page.read_bytes()) if page.suffix == ".gz" else page.read_bytes()
    text = trafilatura.extract(html) or ""
    return text, time.perf_counter() - start, time.process_time() - cpu


def trafilatura_process(page: Path):
    """trafilatura as a whole process a page, as Dossier is timed: its command line, the page on stdin."""
    html = gzip.decompress(page.read_bytes()) if page.suffix == ".gz" else page.read_bytes()
    command = [str(Path(sys.executable).parent / "trafilatura")]
    start, cpu = time.perf_counter(), children_cpu()
    run = subprocess.run(command, input=html, capture_output=True)
    elapsed, cpu = time.perf_counter() - start, children_cpu() - cpu
    return (run.stdout.decode("utf-8", "replace") if run.returncode == 0 else ""), elapsed, cpu


def scores(scorer, truth, predicted, ids):
    tp_fp_fns = [scorer.string_shingle_matching(true=truth[i].get("articleBody", ""), pred=predicted[i]) for i in ids]
    return scorer.metrics_from_tp_fp_fns(tp_fp_fns)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir", type=Path)
    parser.add_argument("dossier")
    parser.add_argument("--half", choices=["tuning", "held-out", "all"], default="all")
    parser.add_argument("--dossier-only", action="store_true")
    parser.add_argument("--processes", action="store_true",
                        help="also time trafilatura as a whole process a page (its command line)")
    parser.add_argument("--worst", type=int, default=0, help="list the N tuning pages Dossier scores worst on")
    parser.add_argument("--save", type=Path, help="write each tuning page's Dossier body to this folder")
    args = parser.parse_args()
    scorer = load_scorer(args.dir)
    truth = json.loads((args.dir / "ground-truth.json").read_text())
    pages = sorted((args.dir / "html").glob("*.html*"))
    page_id = lambda p: p.name.split(".")[0]
    halves = {"tuning": [page_id(p) for p in pages[0::2]], "held-out": [page_id(p) for p in pages[1::2]]}
    chosen = set(page_id(p) for p in pages) if args.half == "all" else set(halves[args.half])
    pages = [p for p in pages if page_id(p) in chosen and page_id(p) in truth]

    systems = {"dossier": lambda p: dossier_body(args.dossier, p),
               "dossier-text": lambda p: dossier_text(args.dossier, p)}
    if not args.dossier_only:
        import trafilatura  # noqa: F401  (imported before timing)
        systems["trafilatura"] = trafilatura_body
        if args.processes:
            systems["traf-cli"] = trafilatura_process
    bodies = {name: {} for name in systems}
    times = {name: [] for name in systems}
    cpu = {name: [] for name in systems}
    for page in pages:
        for name, run in systems.items():
            text, seconds, cpu_seconds = run(page)
            bodies[name][page_id(page)] = text
            times[name].append(seconds * 1000)
            cpu[name].append(cpu_seconds * 1000)

    print(f"{len(pages)} pages; split by sorted file name: tuning = even positions, held-out = odd positions")
    print(f"{'system':<12} {'half':<9} {'pages':>5} {'F1':>6} {'prec':>6} {'recall':>6}")
    for name in systems:
        for half, ids in list(halves.items()) + [("all", [page_id(p) for p in pages])]:
            ids = [i for i in ids if i in bodies[name]]
            if not ids:
                continue
            m = scores(scorer, truth, bodies[name], ids)
            print(f"{name:<12} {half:<9} {len(ids):>5} {m['f1']:6.3f} {m['precision']:6.3f} {m['recall']:6.3f}")
    for name in systems:
        t, c = times[name], cpu[name]
        how = "in-process a page" if name == "trafilatura" else "whole process a page"
        print(f"{name:<12} wall median {statistics.median(t):6.1f} ms, mean {statistics.mean(t):6.1f} ms; "
              f"CPU median {statistics.median(c):6.1f} ms, mean {statistics.mean(c):6.1f} ms ({how})")
    for ours in ["dossier", "dossier-text"]:
        for theirs, how in [("trafilatura", "trafilatura in-process"), ("traf-cli", "trafilatura process")]:
            if theirs in times:
                wall = statistics.mean(times[theirs]) / statistics.mean(times[ours])
                processor = statistics.mean(cpu[theirs]) / statistics.mean(cpu[ours])
                print(f"speed ratio ({how} / {ours} process, mean a page): wall {wall:.1f}x, CPU {processor:.1f}x")
    # Page by page only for the tuning half: the held-out pages are scored as a whole, never studied.
    studied = [i for i in halves["tuning"] if i in bodies["dossier"]]
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        for i in studied:
            text = bodies["dossier"][i]
            (args.save / f"{i}.txt").write_text(text)
            (args.save / f"{i}.truth.txt").write_text(truth[i].get("articleBody", ""))
    if args.worst:
        ranked = []
        for i in studied:
            tp, fp, fn = scorer.string_shingle_matching(true=truth[i].get("articleBody", ""), pred=bodies["dossier"][i])
            p, r = scorer.precision_score(tp, fp, fn), scorer.recall_score(tp, fp, fn)
            ranked.append((2 * p * r / (p + r) if p + r else 0.0, p, r, i))
        for f1, p, r, i in sorted(ranked)[: args.worst]:
            print(f"  {f1:.3f} p={p:.3f} r={r:.3f} {i[:16]} {truth[i]['url'][:90]}")


if __name__ == "__main__":
    sys.exit(main())

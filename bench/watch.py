#!/usr/bin/env python3
"""Save-to-PDF time of `spoor2 watch` on a journal with 12 reports.

    python3 bench/watch.py [BINARY] [RUNS]

Generates one synthetic journal with twelve voortgangsrapportages (fixed
seed), starts `spoor2 watch` on it, waits for the first render, then RUNS
times changes one word in the last report's text, as a coach saving in an
editor would, and measures the time from the write to watch's "-- klaar"
line (every changed PDF written). Prints each time and the median.
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BIN = sys.argv[1] if len(sys.argv) > 1 else "target/release/spoor2"
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 7


def main():
    work = tempfile.mkdtemp(prefix="spoor2-watch-")
    subprocess.run(
        [BIN, "genereer", "--aantal", "1", "--rapportages", "12", "-o", work],
        check=True,
        stderr=subprocess.DEVNULL,
    )
    journal = next(
        os.path.join(dp, f)
        for dp, _, fs in os.walk(work)
        for f in fs
        if f.endswith(".yaml")
    )
    text = open(journal, encoding="utf-8").read()
    # The last report's 'voortgang': the text to change.
    anchors = [m.end() for m in re.finditer(r"\n  voortgang: ", text)]
    if not anchors:
        sys.exit("no report text found in the generated journal")
    at = anchors[-1]

    out = os.path.join(work, "uit")
    proc = subprocess.Popen(
        [BIN, "watch", journal, "-o", out, "--peildatum", "2027-06-01"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    done = threading.Semaphore(0)
    lines = []

    def read():
        for line in proc.stderr:
            lines.append(line)
            if line.startswith("-- klaar") or line.startswith("-- niet gelukt"):
                done.release()

    threading.Thread(target=read, daemon=True).start()
    if not done.acquire(timeout=600):
        sys.exit("watch did not finish its first render:\n" + "".join(lines))
    pdfs = [f for f in os.listdir(out) if f.endswith(".pdf")]
    times = []
    for run in range(RUNS):
        time.sleep(0.5)
        changed = text[:at] + f"Bijgewerkt ({run + 1}). " + text[at:]
        started = time.monotonic()
        with open(journal, "w", encoding="utf-8") as f:
            f.write(changed)
        if not done.acquire(timeout=600):
            sys.exit("no render after a change:\n" + "".join(lines))
        times.append(time.monotonic() - started)
    proc.terminate()
    proc.wait()
    failed = [l for l in lines if l.startswith("-- niet gelukt")]
    if failed:
        sys.exit("watch reported a failure:\n" + "".join(lines))
    print(f"{len(pdfs)} PDF's; save-to-PDF per run (s):", " ".join(f"{t:.3f}" for t in times))
    print(f"median {statistics.median(times):.3f} s")


if __name__ == "__main__":
    main()

"""Pipes JSONL records through `newsfacts extract --jsonl` on a Dask cluster.

A local scheduler and two worker processes on 127.0.0.1; a bag of the JSONL
files' lines, one partition per file; each partition goes through one
`newsfacts extract --jsonl` process on whichever worker runs it (as Spark's
RDD.pipe does). The output lines are printed in input order, then a summary
line on stderr naming the workers that ran partitions.

    python3 dask_pipe.py '<dir>/*.jsonl' newsfacts extract --jsonl
"""
import json
import subprocess
import sys

import dask.bag as db
from distributed import Client, LocalCluster, get_worker


def pipe(lines, command):
    """One partition's lines through one process; its output lines back, in order."""
    lines = list(lines)
    text = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    done = subprocess.run(command, input=text.encode("utf-8"), capture_output=True, timeout=600)
    # 1 means some records failed: their error lines are in the output, as the README says.
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{command} exited {done.returncode}: {done.stderr.decode('utf-8', 'replace')}")
    out = done.stdout.decode("utf-8").splitlines()
    if len(out) != len(lines):
        raise RuntimeError(f"{len(lines)} records in, {len(out)} lines out: {done.stderr.decode('utf-8', 'replace')}")
    return [(get_worker().address, line) for line in out]


def main():
    pattern, command = sys.argv[1], sys.argv[2:]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None) as cluster, Client(cluster) as client:
        bag = db.read_text(pattern, blocksize=None)  # one partition per file, files in name order
        results = bag.map_partitions(pipe, command).compute()
        for _, line in results:
            sys.stdout.write(line + "\n")
        workers = sorted({worker for worker, _ in results})
        summary = {"partitions": bag.npartitions, "workers": len(client.scheduler_info()["workers"]), "usedWorkers": workers}
        sys.stderr.write("dask: " + json.dumps(summary) + "\n")


if __name__ == "__main__":
    main()

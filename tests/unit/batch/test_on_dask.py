"""The Dask recipe: the same batch on a LocalCluster of two worker processes writes the same
JSONL and CSV as the plain batch, and resumes from the same journal."""
from __future__ import annotations

from pathlib import Path

import pytest

from articlecompare.batch import Outputs, Settings
from articlecompare.cli import main
from batch_pairs import write_jsonl

pytest.importorskip("dask.bag", reason="dask is not installed (pip install 'articlecompare[dask]')")
distributed = pytest.importorskip("distributed", reason="distributed is not installed "
                                  "(pip install 'articlecompare[dask]')")

COUNT = 50


@pytest.mark.slow
def test_a_local_cluster_writes_what_the_plain_batch_writes(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    from articlecompare.batch.on_dask import run_on_dask

    listing = write_jsonl(tmp_path / "pairs.jsonl", COUNT)
    plain = Outputs(tmp_path / "plain.jsonl", tmp_path / "plain.csv")
    assert main(["batch", str(listing), "-o", str(plain.jsonl), "-o", str(plain.csv), "-q"]) == 0

    on_dask = Outputs(tmp_path / "dask.jsonl", tmp_path / "dask.csv")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        tally = run_on_dask(str(listing), on_dask, Settings(), client, chunk_size=4)
        assert tally.now["ok"] == COUNT and not tally.interrupted
        assert len(client.scheduler_info()["workers"]) == 2
        again = run_on_dask(str(listing), on_dask, Settings(), client)  # all done: nothing to do
        assert sum(again.now.values()) == 0 and again.before["ok"] == COUNT
    assert on_dask.jsonl.read_bytes() == plain.jsonl.read_bytes()
    assert on_dask.csv.read_bytes() == plain.csv.read_bytes()

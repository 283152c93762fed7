"""The same portal on a real Dask cluster: a `dask scheduler` and two `dask worker` processes
started here on 127.0.0.1 (random free ports, no dashboard) and killed at the end. The output
must be byte-identical to the local run, also when a worker is killed in the middle."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.portal.conftest import portal_build, temp_env, tree, write_portal

DASK = str(Path(sys.executable).with_name("dask"))
BOUND = 120  # seconds any wait may take before the test gives up (a bound, not a measurement)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start(*command: str, env: dict[str, str]) -> subprocess.Popen:
    # A session of its own, so the worker's nanny and its child die together.
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True, env=env)


def _kill(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=BOUND)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """(scheduler address, {worker name: process}, client watching the cluster)."""
    from dask.distributed import Client

    address = f"tcp://127.0.0.1:{_free_port()}"
    port = address.rsplit(":", 1)[1]
    env = temp_env(tmp_path_factory.mktemp("cluster-tmp"))
    processes = [_start(DASK, "scheduler", "--host", "127.0.0.1", "--port", port,
                        "--no-dashboard", env=env)]
    workers = {}
    try:
        for name in ("w1", "w2"):
            # No nanny: one process per worker, not two (the test kills the worker outright,
            # nanny and all, so a nanny would change nothing but the start-up's CPU).
            workers[name] = _start(DASK, "worker", address, "--name", name, "--nthreads", "1",
                                   "--no-nanny", "--host", "127.0.0.1", "--no-dashboard",
                                   env=env)
            processes.append(workers[name])
        client = Client(address, timeout=f"{BOUND}s")
        client.wait_for_workers(2, timeout=BOUND)
        yield address, workers, client
        client.close()
    finally:
        for process in reversed(processes):
            _kill(process)


def test_cluster_build_is_byte_identical_to_the_local_build(cluster, portal_root, local_build):
    address, _, _ = cluster
    run = portal_build(write_portal(portal_root, "cluster"), "--scheduler", address)
    assert run.returncode == 1, run.stderr  # the broken agency, as in the local run
    local, remote = tree(local_build[1]), tree(portal_root / "cluster")
    assert sorted(remote) == sorted(local)
    assert [name for name in local if local[name] != remote[name]] == []


def test_a_worker_killed_part_way_leaves_the_output_complete(cluster, portal_root, local_build):
    address, workers, client = cluster
    portal = write_portal(portal_root, "killed")
    command = [sys.executable, "-m", "ita_site.cli", "portal", "build", str(portal),
               "--scheduler", address]
    build = subprocess.Popen(command, cwd=portal_root, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True,
                             env=temp_env(portal_root / "tmp"))
    victim = None
    deadline = time.monotonic() + BOUND
    while victim is None and build.poll() is None and time.monotonic() < deadline:
        names = {a: w["name"] for a, w in client.scheduler_info()["workers"].items()}
        for worker, keys in client.processing().items():
            if any(str(key).startswith("ita-agency-") for key in keys):
                victim = names[worker]
                break
        time.sleep(0.05)
    assert victim is not None, "no agency build was seen running on a worker"
    _kill(workers[victim])
    out, err = build.communicate(timeout=BOUND * 3)
    assert build.returncode == 1, err
    assert "Traceback" not in out + err
    local, killed = tree(local_build[1]), tree(portal_root / "killed")
    assert sorted(killed) == sorted(local)
    assert [name for name in local if local[name] != killed[name]] == []

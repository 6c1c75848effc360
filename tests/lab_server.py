"""Start a course lab (`make lab`, `python -m autograder formgrader`, ...) for a test and wait until it answers."""
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(command, env: dict, log, cwd, token: str, wait_s: int = 120):
    """Run command(port) in its own process group; return (process, base URL) once /api/status answers."""
    port = free_port()
    with open(log, "w") as out:
        proc = subprocess.Popen(command(port), cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"{command(port)} exited with {proc.returncode}:\n{open(log).read()[-3000:]}")
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=5)
            return proc, base
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.5)
    stop(proc)
    pytest.fail(f"{command(port)} did not answer within {wait_s} s:\n{open(log).read()[-3000:]}")


def stop(proc) -> None:
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(timeout=30)

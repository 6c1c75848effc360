"""A sandbox for the kernels that run student code while grading.

Where the OS allows unprivileged namespaces (Linux with user namespaces enabled), each grading kernel
starts in fresh user, mount, network and PID namespaces:
- no network: the new network namespace has only a loopback device, which is down. The kernel talks to
  the grader over Unix sockets (zmq "ipc" transport), which do not need the network;
- the paths in `hidden` (solutions/, .git, the gradebook, other submissions) are covered with an empty
  tmpfs: they read as empty folders, and anything written there disappears with the kernel;
- the paths in `read_only` (the repository) are remounted read-only;
- the kernel sees only its own processes, so it cannot signal the grader.
Elsewhere (macOS, containers that forbid namespaces) kernels run unconfined and `available()` says so.
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from traitlets import List, Unicode, default

ENTER = Path(__file__).with_name("enter_sandbox.py")  # stdlib only: it runs before every kernel
UNSHARE = ["unshare", "--user", "--map-root-user", "--net", "--mount", "--pid", "--fork", "--kill-child",
           "--mount-proc"]


def wrap(cmd: list[str], hidden: list[str], read_only: list[str], keep: list[str] = ()) -> list[str]:
    """The kernel command, run inside the namespaces after the mounts are in place."""
    inner = [sys.executable, "-I", "-S", str(ENTER)]
    inner += [arg for path in read_only for arg in ("--read-only", path)]
    inner += [arg for path in hidden for arg in ("--hide", path)]
    inner += [arg for path in keep for arg in ("--keep", path)]
    return [*UNSHARE, *inner, "--", *cmd]


_available: bool | None = None


def available() -> bool:
    """Whether this machine lets us build the sandbox (checked once, by building one)."""
    global _available
    if _available is None:
        try:
            probe = subprocess.run(wrap(["true"], hidden=[], read_only=[]), capture_output=True, timeout=30)
            _available = probe.returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            _available = False
    return _available


class SandboxedKernelManager(AsyncKernelManager):
    """Starts the kernel inside the sandbox when the OS supports it."""

    hidden = List(Unicode(), help="paths that student code must not read or write").tag(config=True)
    read_only = List(Unicode(), help="paths that student code may read but not change").tag(config=True)
    keep = List(Unicode(), help="folders inside hidden ones that stay visible and writable (the kernel's own)"
                ).tag(config=True)

    @default("transport")
    def _transport_default(self):
        return "ipc" if available() else "tcp"

    @default("ip")
    def _ip_default(self):
        # ipc sockets are files: an absolute path, so that the grader and the kernel (in another
        # working folder) agree on it.
        if self.transport == "ipc":
            return str(Path(tempfile.mkdtemp(prefix="kernel-")) / "socket")
        return super()._ip_default()

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        if self.transport == "ipc" and not restart:
            shutil.rmtree(Path(self.ip).parent, ignore_errors=True)

    cleanup_resources = _async_cleanup_resources

    def format_kernel_cmd(self, extra_arguments=None):
        cmd = super().format_kernel_cmd(extra_arguments)
        return wrap(cmd, list(self.hidden), list(self.read_only), list(self.keep)) if available() else cmd

"""A sandbox for the kernels that run student code while grading, with limits that hold on any worker.

Where the OS allows unprivileged namespaces (Linux with user namespaces enabled), each grading kernel
starts in fresh user, mount, network and PID namespaces:
- no network: the new network namespace has only a loopback device, which is down. The kernel talks to
  the grader over Unix sockets (zmq "ipc" transport), which do not need the network;
- the paths in `hidden` (solutions/, .git, the gradebook, other submissions) are covered with an empty
  tmpfs: they read as empty folders, and anything written there disappears with the kernel;
- the paths in `read_only` (the repository) are remounted read-only;
- the kernel's own folders (`workdirs`), /tmp and /dev/shm are private tmpfs copies of `scratch_mb` MiB
  each: a disk filler fills them, not the node's disk, and what it wrote disappears with the kernel;
- the kernel sees only its own processes, so it cannot signal the grader.
Limits (enter_sandbox.py sets them before the kernel starts):
- rlimits: CPU seconds (`cpu_seconds`), the size of any file it writes (`scratch_mb`) and, for a grader
  that does not run as root (root is exempt), the number of processes (`max_processes`);
- where the grader may create cgroups (cgroup v1 as root, or a delegated cgroup v2 subtree), a cgroup
  per kernel caps its memory exactly (`memory_limit_mb`, tmpfs pages included) and its processes, so a
  fork bomb or an allocator faster than the memory watchdog (autograder/execute.py) stops at the limit.
  Elsewhere the watchdog and the rlimits are what remains.
Elsewhere (macOS, containers that forbid namespaces) kernels run unconfined and `available()` says so.
"""
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from traitlets import Integer, List, Unicode, default

ENTER = Path(__file__).with_name("enter_sandbox.py")  # stdlib only: it runs before every kernel
UNSHARE = ["unshare", "--user", "--map-root-user", "--net", "--mount", "--pid", "--fork", "--kill-child",
           "--mount-proc"]
CGROUPS = Path("/sys/fs/cgroup")


def wrap(cmd: list[str], hidden: list[str], read_only: list[str], keep: list[str] = (), workdirs: list[str] = (),
         scratch_mb: int = 0, rlimits: dict[str, int] | None = None, cgroups: list[str] = ()) -> list[str]:
    """The kernel command, run inside the namespaces after the mounts are in place."""
    inner = [sys.executable, "-I", "-S", str(ENTER)]
    inner += [arg for path in read_only for arg in ("--read-only", path)]
    inner += [arg for path in hidden for arg in ("--hide", path)]
    inner += [arg for path in keep for arg in ("--keep", path)]
    inner += [arg for path in workdirs for arg in ("--workdir", path)]
    inner += ["--scratch-mb", str(scratch_mb)] if scratch_mb else []
    inner += [arg for name, value in (rlimits or {}).items() for arg in ("--rlimit", f"{name}={value}")]
    inner += [arg for path in cgroups for arg in ("--cgroup", path)]
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


def own_cgroups() -> dict[str, Path]:
    """This process's cgroup folders for the memory and pids controllers ("unified" for cgroup v2)."""
    found = {}
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return found
    for line in lines:
        _, controllers, path = line.split(":", 2)
        if controllers == "" and (CGROUPS / "cgroup.controllers").is_file():  # cgroup v2 only
            found["unified"] = CGROUPS / path.lstrip("/")
        for controller in controllers.split(","):
            if controller in ("memory", "pids") and (CGROUPS / controller).is_dir():
                found[controller] = CGROUPS / controller / path.lstrip("/")
    return found


def make_cgroups(name: str, memory_bytes: int, max_processes: int) -> list[Path]:
    """A cgroup per controller for one kernel, with its limits; none where the system does not let us."""
    settings = {"memory": {"memory.limit_in_bytes": memory_bytes},
                "pids": {"pids.max": max_processes},
                "unified": {"memory.max": memory_bytes, "memory.swap.max": 0, "pids.max": max_processes}}
    made = []
    for controller, parent in own_cgroups().items():
        folder = parent / name
        try:
            if controller == "unified":
                (parent / "cgroup.subtree_control").write_text("+memory +pids")
            folder.mkdir()
        except OSError:
            continue
        made.append(folder)
        for file, value in settings[controller].items():
            if value:
                try:
                    (folder / file).write_text(str(value))
                except OSError:
                    pass
    return made


def memory_limit_hit(folders: list[Path]) -> bool:
    """Whether the kernel's memory cgroup killed a process for exceeding its limit."""
    for folder in folders:
        for file in ("memory.events", "memory.oom_control"):
            try:
                for line in (folder / file).read_text().splitlines():
                    key, _, value = line.partition(" ")
                    if key == "oom_kill" and int(value) > 0:
                        return True
            except OSError:
                pass
    return False


def remove_cgroups(folders: list[Path]) -> None:
    """Once the kernel's processes are gone (its PID namespace ends with it), its cgroups can go."""
    for folder in folders:
        for _ in range(50):
            try:
                folder.rmdir()
                break
            except FileNotFoundError:
                break
            except OSError:
                time.sleep(0.1)


class SandboxedKernelManager(AsyncKernelManager):
    """Starts the kernel inside the sandbox, with its limits, when the OS supports it."""

    hidden = List(Unicode(), help="paths that student code must not read or write").tag(config=True)
    read_only = List(Unicode(), help="paths that student code may read but not change").tag(config=True)
    workdirs = List(Unicode(), help="folders inside hidden ones where the kernel works: it sees a private, "
                    "size-limited copy").tag(config=True)
    scratch_mb = Integer(256, help="MiB of each private folder: the workdirs, /tmp and /dev/shm").tag(config=True)
    cpu_seconds = Integer(0, help="CPU seconds a kernel may use (0: no limit)").tag(config=True)
    max_processes = Integer(512, help="processes and threads a kernel may have").tag(config=True)
    memory_limit_mb = Integer(0, help="MiB the kernel's cgroup may use, where cgroups are available "
                              "(0: no cgroup memory limit)").tag(config=True)

    cgroups = List()

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

    @default("connection_file")
    def _connection_file_default(self):
        # Beside the sockets, in the one folder of the grader's /tmp that the kernel sees.
        if self.transport == "ipc":
            return str(Path(self.ip).parent / "connection.json")
        return ""  # jupyter_client picks a temporary file

    def memory_limit_hit(self) -> bool:
        return memory_limit_hit(self.cgroups)

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        if self.transport == "ipc" and not restart:
            shutil.rmtree(Path(self.ip).parent, ignore_errors=True)
        if not restart:
            remove_cgroups(self.cgroups)

    cleanup_resources = _async_cleanup_resources

    def format_kernel_cmd(self, extra_arguments=None):
        cmd = super().format_kernel_cmd(extra_arguments)
        if not available():
            return cmd
        remove_cgroups(self.cgroups)
        self.cgroups = make_cgroups(f"kernel-{uuid.uuid4().hex[:12]}", self.memory_limit_mb * 2**20,
                                    self.max_processes)
        rlimits = {"NPROC": self.max_processes, "FSIZE": self.scratch_mb * 2**20}
        if self.cpu_seconds:
            rlimits["CPU"] = self.cpu_seconds
        return wrap(cmd, list(self.hidden), list(self.read_only), keep=[str(Path(self.ip).parent)]
                    if self.transport == "ipc" else [], workdirs=list(self.workdirs), scratch_mb=self.scratch_mb,
                    rlimits=rlimits, cgroups=[str(c) for c in self.cgroups])

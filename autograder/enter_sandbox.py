"""Inside the grading sandbox's new namespaces: hide and protect paths, set the limits, then become the kernel.

    enter_sandbox.py [--read-only PATH]... [--hide PATH]... [--keep PATH]... [--workdir PATH]...
                     [--scratch-mb N] [--rlimit NAME=VALUE]... [--cgroup FOLDER]... -- KERNEL COMMAND...

--keep: a folder inside a hidden one that stays visible and writable (the kernel's sockets);
--workdir: a folder inside a hidden one of which the kernel gets a private copy on a tmpfs of N MiB;
/tmp and /dev/shm become private tmpfs of N MiB too; --cgroup: a cgroup to join before anything else.
Started by autograder/sandbox.py through `unshare`; it imports only the standard library, because it
runs before every grading kernel.
"""
import os
import resource
import shutil
import subprocess
import sys


def tmpfs(path: str, size_mb: int) -> None:
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_mb}m,mode=1777", "scratch", path], check=True)


def bind(handle: int, path: str) -> None:
    """Mount the folder that `handle` was opened on at `path` (where it may be covered by now)."""
    subprocess.run(["mount", "--no-canonicalize", "--bind", f"/proc/{os.getpid()}/fd/{handle}", path], check=True)


def enter(argv: list[str]) -> None:
    split = argv.index("--")
    options, cmd = argv[:split], argv[split + 1:]
    pairs = list(zip(options[::2], options[1::2]))

    def values(name: str) -> list[str]:
        return [value for flag, value in pairs if flag == name]

    # Join the kernel's cgroups first, so that everything started from here on counts against them.
    for folder in values("--cgroup"):
        with open(os.path.join(folder, "cgroup.procs"), "w") as procs:
            procs.write("0")
    scratch_mb = int((values("--scratch-mb") or [0])[0])
    cwd = os.getcwd()
    # Handles on the kept folders and working folders, taken before the hiding covers them.
    handles = {path: os.open(path, os.O_PATH | os.O_DIRECTORY)
               for path in values("--keep") + values("--workdir") if os.path.isdir(path)}
    # Read-only first: a tmpfs mounted later on a path inside stays in place on top of it.
    for path in values("--read-only"):
        if os.path.isdir(path):
            subprocess.run(["mount", "--bind", path, path], check=True)
            subprocess.run(["mount", "-o", "remount,bind,ro", path, path], check=True)
    # A private /tmp and /dev/shm, unless the course itself lives there (the kernel would not find it).
    if scratch_mb:
        needed = values("--read-only") + [resolve(exe) for exe in (sys.executable, cmd[0])
                                          for resolve in (os.path.abspath, os.path.realpath)]
        for path in ("/tmp", "/dev/shm"):
            if os.path.isdir(path) and not any(p.startswith(path + "/") for p in needed):
                tmpfs(path, scratch_mb)
    # Outer folders first: a hidden path inside another one is then covered already and skipped.
    covered = []
    for path in sorted(values("--hide"), key=lambda p: len(os.path.normpath(p))):
        if os.path.isdir(path):
            subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "hidden", path], check=True)
            covered.append(path)
        elif os.path.exists(path):
            subprocess.run(["mount", "--bind", "/dev/null", path], check=True)
    for path in values("--keep"):
        if path in handles:
            os.makedirs(path, exist_ok=True)
            bind(handles[path], path)
    for path in values("--workdir"):
        if path in handles:
            os.makedirs(path, exist_ok=True)
            if scratch_mb:
                tmpfs(path, scratch_mb)
                shutil.copytree(f"/proc/{os.getpid()}/fd/{handles[path]}", path, dirs_exist_ok=True)
            else:
                bind(handles[path], path)
    for handle in handles.values():
        os.close(handle)
    for path in covered:  # now that the kept folders are mounted, the hiding tmpfs can be read-only
        subprocess.run(["mount", "-o", "remount,ro", path], check=True)
    # Re-enter the working folder through the new mounts: the old handle would still see what is hidden.
    os.chdir(cwd)
    for setting in values("--rlimit"):
        name, value = setting.split("=")
        limit = int(value)
        # CPU: the soft limit stops the kernel with SIGXCPU; the hard one a little later, if it ignores that.
        resource.setrlimit(getattr(resource, f"RLIMIT_{name}"), (limit, limit + 5 if name == "CPU" else limit))
    os.execvp(cmd[0], cmd)


if __name__ == "__main__":
    enter(sys.argv[1:])

"""Inside the grading sandbox's new namespaces: hide and protect paths, then become the kernel.

    enter_sandbox.py [--read-only PATH]... [--hide PATH]... [--keep PATH]... -- KERNEL COMMAND...

Started by autograder/sandbox.py through `unshare`; it imports only the standard library, because it
runs before every grading kernel.
"""
import os
import subprocess
import sys


def enter(argv: list[str]) -> None:
    split = argv.index("--")
    options, cmd = argv[:split], argv[split + 1:]
    pairs = list(zip(options[::2], options[1::2]))
    cwd = os.getcwd()
    # Handles on the kept folders, taken before the hiding covers them.
    kept = [(path, os.open(path, os.O_PATH | os.O_DIRECTORY)) for flag, path in pairs
            if flag == "--keep" and os.path.isdir(path)]
    # Read-only first: a tmpfs mounted later on a path inside stays in place on top of it.
    for flag, path in pairs:
        if flag == "--read-only" and os.path.isdir(path):
            subprocess.run(["mount", "--bind", path, path], check=True)
            subprocess.run(["mount", "-o", "remount,bind,ro", path, path], check=True)
    for flag, path in pairs:
        if flag == "--hide" and os.path.isdir(path):
            subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "hidden", path], check=True)
        elif flag == "--hide" and os.path.exists(path):
            subprocess.run(["mount", "--bind", "/dev/null", path], check=True)
    for path, handle in kept:
        os.makedirs(path, exist_ok=True)
        subprocess.run(["mount", "--no-canonicalize", "--bind", f"/proc/{os.getpid()}/fd/{handle}", path],
                       check=True)
        os.close(handle)
    for flag, path in pairs:  # now that the kept folders are mounted, the hiding tmpfs can be read-only
        if flag == "--hide" and os.path.isdir(path):
            subprocess.run(["mount", "-o", "remount,ro", path], check=True)
    # Re-enter the working folder through the new mounts: the old handle would still see what is hidden.
    os.chdir(cwd)
    os.execvp(cmd[0], cmd)


if __name__ == "__main__":
    enter(sys.argv[1:])

"""Run a student's notebook kernel in a sandbox: limits, no network, a read-only world, a scratch folder.

nbgrader executes student code with the grader's full rights, so a submission can read the hidden
tests out of gradebook.db, edit other students' files or loop forever. Its FAQ points to running
the kernel elsewhere through a kernelspec; this module is that kernelspec's launcher (Linux only):

- new mount, network and PID namespaces: every mount read-only except the scratch folder and a
  private empty /tmp, the course folder (gradebook, hidden tests, other submissions) and the
  course's source notebooks covered by an empty tmpfs, no network
  interface but loopback, no view of the grader's processes; the kernel talks to the grader over
  Unix sockets in the scratch folder (jupyter_client's `ipc` transport);
- resource limits: address space (memory), CPU seconds, file size, open files, processes;
- an unprivileged identity: as root, a uid of its own (from 61000, one per kernel running at the
  same time, so the process limit is per student); otherwise a user namespace whose capabilities
  are dropped before student code runs, so the mounts cannot be undone (then the process limit
  is not set, since it would count the instructor's own processes: a fork bomb is stopped by the
  notebook's time limit and the PID namespace, which dies with the kernel);
- output capped per notebook, so printing gigabytes cannot exhaust the grader's memory.

The grader sets the environment variables below and starts the kernel `workbench-sandbox`
(see `install_kernelspec`); `workbench.grading` does this for every submission.
"""

from __future__ import annotations

import ctypes
import fcntl
import json
import os
import resource
import signal
import stat
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

KERNEL_NAME = "workbench-sandbox"
ENV_SCRATCH, ENV_HIDE, ENV_LIMITS = "WORKBENCH_SANDBOX_SCRATCH", "WORKBENCH_SANDBOX_HIDE", "WORKBENCH_SANDBOX_LIMITS"
ENV_UID = "WORKBENCH_SANDBOX_UID"
# As root, each kernel running at the same time gets its own uid, so that one student's fork bomb
# fills only its own process limit (RLIMIT_NPROC counts per uid), not a classmate's. Uids are leased
# through lock files, so two grading rounds on one machine (two assistants, two assignments) never
# hand the same uid to two kernels either.
FIRST_UID, UID_COUNT = 61000, 4000

CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x00020000, 0x10000000, 0x20000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = (
    1, 2, 4, 8, 32, 4096, 16384, 1 << 18)
PR_SET_PDEATHSIG, PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS = 1, 24, 38


@dataclass(frozen=True)
class Limits:
    """What one notebook's kernel may use. Defaults fit the course notebooks on a 2-core machine."""

    memory_mb: int = 6144       # address space; torch reserves far more than it touches
    cpu_seconds: int = 900      # the whole notebook, all cells together
    file_mb: int = 256          # largest file the kernel may write (in the scratch folder)
    disk_mb: int = 512          # all files in the scratch folder together (a tmpfs: it holds them in memory)
    processes: int = 64         # forks and threads of the sandbox user
    open_files: int = 512
    output_kb: int = 1024       # stdout+stderr kept in the notebook; the rest is dropped with a note

    @classmethod
    def from_env(cls) -> "Limits":
        return cls(**json.loads(os.environ.get(ENV_LIMITS, "{}")))

    def to_env(self) -> str:
        return json.dumps(asdict(self))


def unavailable_reason() -> str:
    """Why this machine cannot run the sandbox, or "" when it can (tries the namespaces in a child)."""
    if sys.platform != "linux":
        return "the grading sandbox needs Linux namespaces; grade on a Linux machine or container"
    pid = os.fork()
    if pid == 0:
        flags = CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWPID | (0 if os.getuid() == 0 else CLONE_NEWUSER)
        os._exit(0 if _libc.unshare(flags) == 0 else 1)
    _, status = os.waitpid(pid, 0)
    if status != 0:
        return ("this machine does not allow new user/mount/network namespaces (in a container, run it with "
                "--privileged or allow unprivileged user namespaces: sysctl kernel.unprivileged_userns_clone=1)")
    return ""


def available() -> bool:
    return not unavailable_reason()


@contextmanager
def lease_uid():
    """A sandbox uid no other kernel on this machine holds, until the `with` block ends.

    An exclusive flock on one lock file per uid: a lock dies with its holder, so a killed grader
    leaves no uid leased. Only root drops to these uids; for anyone else the value is unused.
    """
    if os.getuid() != 0:
        yield FIRST_UID
        return
    locks = _uid_lock_dir()
    for uid in range(FIRST_UID, FIRST_UID + UID_COUNT):
        fd = os.open(locks / f"{uid}.lock", os.O_CREAT | os.O_RDWR | os.O_NOFOLLOW, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        try:
            yield uid
        finally:
            os.close(fd)  # closing releases the lock
        return
    raise RuntimeError(f"all {UID_COUNT} sandbox uids from {FIRST_UID} are in use (locks in {locks})")


def _uid_lock_dir() -> Path:
    """/run/workbench-sandbox-uids (root's own), refusing a folder someone else made or linked."""
    base = Path("/run") if os.access("/run", os.W_OK) else Path(tempfile.gettempdir())
    folder = base / "workbench-sandbox-uids"
    folder.mkdir(mode=0o700, exist_ok=True)
    info = os.lstat(folder)  # not followed: a link is not a directory here
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise RuntimeError(f"{folder} is not a private folder of this user; remove it and grade again")
    return folder


def install_kernelspec(kernels_dir: str | Path, python: str = sys.executable) -> Path:
    """Write the `workbench-sandbox` kernelspec under `kernels_dir` (put its parent on JUPYTER_PATH)."""
    folder = Path(kernels_dir) / KERNEL_NAME
    folder.mkdir(parents=True, exist_ok=True)
    spec = {"argv": [python, "-m", "workbench.sandbox", "{connection_file}"],
            "display_name": "Python 3 (workbench sandbox)", "language": "python"}
    (folder / "kernel.json").write_text(json.dumps(spec, indent=1), encoding="utf-8")
    return folder


_libc = ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"sandbox: {what} failed: {os.strerror(err)}")


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    enc = lambda s: s.encode() if s is not None else None  # noqa: E731
    _check(_libc.mount(enc(source), enc(target), enc(fstype), ctypes.c_ulong(flags), enc(data)), f"mount {target}")


def _mount_points() -> list[str]:
    points = []
    with open("/proc/self/mountinfo", encoding="utf-8") as info:
        for line in info:
            point = line.split()[4].encode().decode("unicode_escape")
            points.append(point)
    return sorted(set(points), key=len)


def _existing_flags(path: str) -> int:
    st = os.statvfs(path)
    flags = 0
    for st_flag, ms_flag in ((os.ST_NOSUID, MS_NOSUID), (os.ST_NODEV, MS_NODEV), (os.ST_NOEXEC, MS_NOEXEC)):
        if st.f_flag & st_flag:
            flags |= ms_flag
    return flags


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _make_world_read_only(scratch: str, hide: list[str]) -> None:
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)  # this PID namespace only
    for folder in hide:
        if os.path.isdir(folder):
            _mount("tmpfs", folder, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=16k,mode=0555")
    # A private, empty /tmp (other courses' files, other kernels' sockets), with the scratch folder
    # bound back at the same path, where the grader expects the kernel's sockets.
    fd = os.open(scratch, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for shared in ("/tmp", "/var/tmp", "/dev/shm"):
            if os.path.isdir(shared) and not os.path.islink(shared):
                _mount("tmpfs", shared, "tmpfs", MS_NOSUID | MS_NODEV, "size=64m,mode=1777")
        os.makedirs(scratch, exist_ok=True)
        _mount(f"/proc/self/fd/{fd}", scratch, None, MS_BIND)  # its own mount, left writable below
    finally:
        os.close(fd)
    for point in _mount_points():
        if (_inside(point, scratch) or _inside(point, "/proc") or point.startswith("/sys/fs/cgroup")
                or point in ("/tmp", "/var/tmp", "/dev/shm")):
            continue
        try:
            _mount(None, point, None, MS_BIND | MS_REMOUNT | MS_RDONLY | _existing_flags(point))
        except OSError:
            if not os.path.exists(point):
                continue
            raise


def _expose_to_sandbox_user(paths: list[str]) -> None:
    """Make `paths` (the Python install, the venv, the repository) reachable for the sandbox uid.

    /root is usually mode 0700 and the interpreter may live below it. A tmpfs over each such
    closed ancestor (visible in this mount namespace only), with the needed folders bound back,
    keeps everything else in it hidden.
    """
    paths = sorted({os.path.realpath(p) for p in paths}, key=len)
    paths = [p for p in paths if not any(q != p and _inside(p, q) for q in paths)]
    fds = {p: os.open(p, os.O_RDONLY | os.O_DIRECTORY) for p in paths}
    try:
        closed = []
        for path in paths:
            parts = Path(path).parts
            for depth in range(2, len(parts)):
                ancestor = str(Path(*parts[:depth]))
                if not os.stat(ancestor).st_mode & 0o001:
                    closed.append(ancestor)
                    break
        closed = [a for a in sorted(set(closed), key=len) if not any(b != a and _inside(a, b) for b in closed)]
        for ancestor in closed:
            _mount("tmpfs", ancestor, "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0755")
            for path in paths:
                if _inside(path, ancestor):
                    os.makedirs(path, exist_ok=True)
                    _mount(f"/proc/self/fd/{fds[path]}", path, None, MS_BIND | MS_REC)
                    _mount(None, path, None, MS_BIND | MS_REMOUNT | MS_RDONLY | _existing_flags(path))
            _mount(None, ancestor, None, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV)
    finally:
        for fd in fds.values():
            os.close(fd)


def _set_limits(limits: Limits) -> None:
    def cap(which, value):
        resource.setrlimit(which, (value, value))

    cap(resource.RLIMIT_AS, limits.memory_mb * 2**20)
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 5))
    cap(resource.RLIMIT_FSIZE, limits.file_mb * 2**20)
    cap(resource.RLIMIT_NOFILE, limits.open_files)
    if os.getuid() == 0:  # called before dropping to the sandbox uid, which the limit then counts
        cap(resource.RLIMIT_NPROC, limits.processes)
    cap(resource.RLIMIT_CORE, 0)


def _drop_capabilities() -> None:
    """Drop every capability (bounding set too), so uid 0 of a user namespace cannot unmount."""
    for cap in range(64):
        if _libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            break

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]

    header, data = Header(0x20080522, 0), (Data * 2)()
    _check(_libc.capset(ctypes.byref(header), ctypes.byref(data)), "capset")


def scratch_on_tmpfs(scratch: str | Path, size_mb: int) -> bool:
    """Give this process and the kernels it starts their own mount namespace, with the scratch
    folder a tmpfs of size_mb: a submission that writes file after file fills its own tmpfs
    ("No space left on device"), not the grader's disk. The kernel's sockets live there too, seen by
    the grading process, which shares the namespace; it all goes when the process ends.

    Root only (False otherwise: the total is then unlimited). Call it before any thread starts:
    a new mount namespace is the calling thread's alone.
    """
    if os.geteuid() != 0:
        return False
    _check(_libc.unshare(CLONE_NEWNS), "unshare")
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    _mount("tmpfs", str(scratch), "tmpfs", MS_NOSUID | MS_NODEV, f"size={size_mb}m,mode=0755")
    return True


def _enter_namespaces() -> None:
    uid, gid = os.getuid(), os.getgid()
    if uid == 0:
        _check(_libc.unshare(CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWPID), "unshare")
        return
    _check(_libc.unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWPID), "unshare")
    Path("/proc/self/setgroups").write_text("deny")
    Path("/proc/self/uid_map").write_text(f"0 {uid} 1")
    Path("/proc/self/gid_map").write_text(f"0 {gid} 1")


def _child(connection: dict, scratch: str, hide: list[str], limits: Limits, extra_args: list[str]) -> None:
    """PID 1 of the new PID namespace: when it exits, the kernel takes every process it forked along."""
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    was_root = os.getuid() == 0
    uid = int(os.environ.get(ENV_UID, FIRST_UID))
    _make_world_read_only(scratch, hide)
    if was_root:
        _expose_to_sandbox_user([sys.prefix, sys.base_prefix, str(Path(__file__).resolve().parent.parent)])
    kernel_file = os.path.join(scratch, ".kernel.json")
    with open(kernel_file, "w", encoding="utf-8") as f:
        json.dump(connection, f)
    home = os.path.join(scratch, ".home")
    os.makedirs(os.path.join(home, "tmp"), exist_ok=True)
    if was_root:
        for root, dirs, files in os.walk(scratch):
            for name in [root] + [os.path.join(root, n) for n in dirs + files]:
                os.chown(name, uid, uid, follow_symlinks=False)
    _set_limits(limits)
    _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
    if was_root:
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    else:
        _drop_capabilities()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_SANDBOX_")}
    env.update(HOME=home, TMPDIR=os.path.join(home, "tmp"), IPYTHONDIR=os.path.join(home, ".ipython"),
               MPLCONFIGDIR=os.path.join(home, ".matplotlib"), JUPYTER_RUNTIME_DIR=home,
               HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", HF_DATASETS_OFFLINE="1",
               WORKBENCH_OUTPUT_KB=str(limits.output_kb), OMP_NUM_THREADS=env.get("OMP_NUM_THREADS", "1"))
    os.chdir(scratch)
    # again: changing uid cleared the parent-death signal, and a kernel orphaned by a killed grader would run on
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", kernel_file,
            "--IPKernelApp.outstream_class=workbench.sandbox.CappedOutStream", *extra_args]
    os.execve(sys.executable, argv, env)


def launch(connection_file: str, extra_args: list[str]) -> int:
    """Start the sandboxed kernel and wait for it; forward interrupts (how Jupyter stops a cell)."""
    scratch = os.path.realpath(os.environ[ENV_SCRATCH])
    hide = [os.path.realpath(p) for p in os.environ.get(ENV_HIDE, "").split(os.pathsep) if p]
    limits = Limits.from_env()
    connection = json.loads(Path(connection_file).read_text(encoding="utf-8"))
    if connection.get("transport") != "ipc":
        print("sandbox: the kernel has no network, so the grader must use KernelManager.transport='ipc'",
              file=sys.stderr)
        return 2
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    _enter_namespaces()
    pid = os.fork()
    if pid == 0:
        try:
            _child(connection, scratch, hide, limits, extra_args)
        except BaseException as exc:  # noqa: BLE001 - report why the sandbox could not start, then die
            print(f"sandbox: could not start the kernel: {exc}", file=sys.stderr)
        os._exit(3)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT, signal.SIGHUP):
        signal.signal(sig, lambda s, _frame: os.kill(pid, s))
    while True:
        try:
            _, status = os.waitpid(pid, 0)
            break
        except ChildProcessError:
            return 1
        except InterruptedError:
            continue
    return os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status)


def _capped_outstream():
    from ipykernel.iostream import OutStream

    class CappedOutStream(OutStream):
        """stdout/stderr that keep the first WORKBENCH_OUTPUT_KB of output and drop the rest, with a note."""

        _budget = [int(os.environ.get("WORKBENCH_OUTPUT_KB", "1024")) * 1024]  # shared by stdout and stderr

        def write(self, string):
            if not isinstance(string, str):
                return super().write(string)
            budget = CappedOutStream._budget
            if budget[0] <= 0:
                return len(string)
            kept = string[: budget[0]]
            budget[0] -= len(kept)
            if budget[0] <= 0:
                kept += "\n[output truncated by the grader: the notebook printed more than its limit]\n"
            super().write(kept)
            return len(string)

    return CappedOutStream


def __getattr__(name):  # the kernel imports CappedOutStream by name; ipykernel is not needed elsewhere
    if name == "CappedOutStream":
        return _capped_outstream()
    raise AttributeError(name)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python -m workbench.sandbox CONNECTION_FILE [kernel arguments]")
    sys.exit(launch(sys.argv[1], sys.argv[2:]))

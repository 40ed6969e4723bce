"""Run a student's notebook kernel in a sandbox: limits, no network, an allowlisted world, a scratch folder.

nbgrader executes student code with the grader's full rights, so a submission can read the hidden
tests out of gradebook.db, edit other students' files or loop forever. Its FAQ points to running
the kernel elsewhere through a kernelspec; this module is that kernelspec's launcher (Linux only):

- new mount, network and PID namespaces. The kernel's file system is built from nothing (a tmpfs
  made its root with pivot_root) and holds only what `readable_paths` lists, read-only: the system's
  programs and libraries (/usr, /bin, /lib...), the Python environment the kernel runs on, the
  workbench package with its bundled model, the course datasets, a shared model cache if the
  grader has one; plus the scratch folder (writable), a private empty /tmp and /dev/shm, a few
  devices (/dev/null, /dev/urandom...), its own /proc (its own processes only) and a read-only
  /sys. Other copies of the course, home folders, the gradebook: not there at all. No network
  interface but loopback; the kernel talks to the grader over Unix sockets in the scratch folder
  (jupyter_client's `ipc` transport);
- an environment built from an empty dict (`kernel_environment`): PATH, HOME and TMPDIR in the
  scratch folder, locale and thread-count variables, what Jupyter and the workbench need. Nothing
  else the grader has set (tokens, cloud keys) reaches the kernel, and the grader's processes are
  outside its PID namespace, so /proc shows no other process's environment either;
- resource limits: address space (memory), CPU seconds, file size, open files, processes;
- an unprivileged identity: as root, a uid of its own (from 61000, one per kernel running at the
  same time, so the process limit is per student); otherwise a user namespace whose capabilities
  are dropped before student code runs, so the mounts cannot be undone (then the process limit
  is not set, since it would count the instructor's own processes: a fork bomb is stopped by the
  notebook's time limit and the PID namespace, which dies with the kernel);
- output capped per notebook, so printing gigabytes cannot exhaust the grader's memory.

`unavailable_reason` builds this whole view once in a throw-away child, so a machine that cannot
(no user namespaces, a /proc that may not be mounted again) is refused before grading starts,
never graded with less. The grader sets the environment variables below and starts the kernel
`workbench-sandbox` (see `install_kernelspec`); `workbench.grading` does this for every submission.
"""

from __future__ import annotations

import ctypes
import fcntl
import glob
import json
import os
import re
import resource
import shutil
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
MS_NOATIME, MS_NODIRATIME, MS_RELATIME, MNT_DETACH = 1024, 2048, 1 << 21, 2
PR_SET_PDEATHSIG, PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS = 1, 24, 38
SYS_PIVOT_ROOT = {"x86_64": 155, "aarch64": 41, "riscv64": 41}.get(os.uname().machine)

# What the kernel sees of the machine, read-only (see `readable_paths` for the rest: the Python
# environment, the workbench package, the datasets, a shared model cache).
SYSTEM_PATHS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
ETC_FILES = ("ld.so.cache", "ld.so.conf", "ld.so.conf.d", "localtime", "timezone")  # the dynamic linker, the clock
DEVICES = ("null", "zero", "full", "random", "urandom")
GPU_DEVICES = ("nvidia*",)   # /dev/nvidia0, nvidiactl, nvidia-uvm...: a GPU grader's kernels can use the GPU
# Writable, and the kernel's own: the scratch folder is added to these.
PRIVATE_TMPFS = ("/tmp", "/var/tmp", "/dev/shm")

# The kernel's environment starts empty. These are copied from the grader's when set: they say how
# to run (language, time zone, threads, which GPU), never who the grader is or what it may reach.
PASSED_VARIABLES = ("LANG", "LANGUAGE", "TZ", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                    "NUMEXPR_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "TOKENIZERS_PARALLELISM",
                    "CUDA_VISIBLE_DEVICES", "NBGRADER_EXECUTION", "LD_LIBRARY_PATH")
PASSED_PREFIXES = ("LC_",)
# ... and these are set by the sandbox itself (`kernel_environment`), whatever the grader has.
SET_VARIABLES = ("PATH", "HOME", "USER", "LOGNAME", "TMPDIR", "IPYTHONDIR", "MPLCONFIGDIR", "JUPYTER_RUNTIME_DIR",
                 "PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE",
                 "HF_DATASETS_OFFLINE", "HF_HUB_DISABLE_TELEMETRY", "WORKBENCH_OUTPUT_KB", "WORKBENCH_DATASETS",
                 "HF_HUB_CACHE", "OMP_NUM_THREADS")


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
    """Why this machine cannot run the sandbox, or "" when it can.

    Goes the whole way once in a throw-away child, as a kernel would: namespaces, the allowlisted root
    (/proc, pivot_root), the sandbox identity and limits, then Python started there importing the
    workbench. A machine where any step that keeps student code in fails is refused now, instead of
    grading every student with less protection, or with a kernel that dies at start.
    """
    if sys.platform != "linux":
        return "the grading sandbox needs Linux namespaces; grade on a Linux machine or container"
    readable = readable_paths(os.environ)
    scratch = tempfile.mkdtemp(prefix="wbsandbox-check-")
    read_end, write_end = os.pipe()
    try:
        with lease_uid() as uid:
            was_root = os.getuid() == 0
            pid = os.fork()
            if pid == 0:
                os.close(read_end)
                os._exit(_try_sandbox(scratch, readable, uid, was_root, write_end))
            os.close(write_end)
            with os.fdopen(read_end, "rb") as pipe:
                why = pipe.read().decode("utf-8", "replace").strip()
            _, status = os.waitpid(pid, 0)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if status == 0:
        return ""
    if why.startswith("unshare"):
        return ("this machine does not allow new user/mount/network/PID namespaces (in a container, run it with "
                "--privileged or allow unprivileged user namespaces: sysctl kernel.unprivileged_userns_clone=1)")
    return (f"the grading sandbox could not give a kernel its own file system and identity here "
            f"({why.splitlines()[-1] if why else 'no reason given'}); grade as root, or where unprivileged user "
            "namespaces may mount /proc (not inside a container that masks parts of /proc)")


def _try_sandbox(scratch: str, readable: dict[str, str], uid: int, was_root: bool, report_fd: int) -> int:
    """In a forked child: set up as `launch` and `_child` do, then start Python there; 0 when all worked."""
    try:
        try:
            _enter_namespaces()
        except OSError as exc:
            raise OSError(f"unshare: {exc}") from None
        inner = os.fork()
        if inner == 0:
            try:
                limits = Limits()
                env = kernel_environment(os.environ, scratch, limits)
                _enter_allowlisted_root(scratch, readable, [])
                _become_student(scratch, env, limits, was_root, uid)
                os.dup2(report_fd, 2)   # Python's own complaint, if it cannot start there, goes to the parent
                os.execve(sys.executable, [sys.executable, "-c", "import workbench.sandbox"], env)
            except BaseException as exc:  # noqa: BLE001 - reported to the parent
                os.write(report_fd, str(exc).encode()[:2000])
            os._exit(1)
        _, status = os.waitpid(inner, 0)
        return 0 if status == 0 else 1
    except BaseException as exc:  # noqa: BLE001 - reported to the parent
        os.write(report_fd, str(exc).encode()[:2000])
        return 1


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
    """Every mount point of this namespace, outermost first. The kernel writes a space as \\040 there, and
    other bytes as they are (a Vietnamese folder name stays UTF-8)."""
    points = set()
    with open("/proc/self/mountinfo", "rb") as info:
        for line in info:
            escaped = line.split()[4]
            points.add(os.fsdecode(re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m[1], 8)]), escaped)))
    return sorted(points, key=len)


def _existing_flags(path: str) -> int:
    """The flags a read-only remount must keep (a user namespace may not clear them: they are locked)."""
    st = os.statvfs(path)
    flags = 0
    for st_flag, ms_flag in ((os.ST_NOSUID, MS_NOSUID), (os.ST_NODEV, MS_NODEV), (os.ST_NOEXEC, MS_NOEXEC),
                             (os.ST_NOATIME, MS_NOATIME), (os.ST_NODIRATIME, MS_NODIRATIME),
                             (os.ST_RELATIME, MS_RELATIME)):
        if st.f_flag & st_flag:
            flags |= ms_flag
    return flags


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _workbench_dir() -> str:
    return str(Path(__file__).resolve().parent)


def _datasets_dir(environ) -> str | None:
    """The course datasets, as `workbench.data.datasets_root` finds them; None when there are none."""
    if environ.get("WORKBENCH_DATASETS"):
        folder = Path(environ["WORKBENCH_DATASETS"])
    else:
        folder = Path(_workbench_dir()).parent / "datasets"
    return str(folder.resolve()) if folder.is_dir() else None


def _hub_cache(environ) -> str | None:
    """A model cache the grader shares (HF_HUB_CACHE, or HF_HOME/hub): the models only, never HF_HOME's token."""
    folder = environ.get("HF_HUB_CACHE") or (os.path.join(environ["HF_HOME"], "hub") if environ.get("HF_HOME") else "")
    return os.path.realpath(folder) if folder and os.path.isdir(folder) else None


def readable_paths(environ) -> dict[str, str]:
    """Everything the kernel may read (all read-only): path in the kernel's view -> path on this machine.

    The system's programs and libraries, the dynamic linker's settings, the Python environment the
    kernel runs on, the workbench package (with its bundled model), the course datasets, the
    grader's shared model cache if it has one, and the folders on LD_LIBRARY_PATH. Nothing else of
    the disk: not /home, /root, /srv, /opt (unless Python lives there), nor the rest of a checkout.
    """
    wanted = [p for p in SYSTEM_PATHS if os.path.isdir(p) and not os.path.islink(p)]
    wanted += [os.path.join("/etc", name) for name in ETC_FILES if os.path.exists(os.path.join("/etc", name))]
    wanted += [sys.prefix, sys.exec_prefix, sys.base_prefix, sys.base_exec_prefix,
               os.path.dirname(os.path.realpath(sys.executable)), _workbench_dir()]
    wanted += [p for p in (_datasets_dir(environ), _hub_cache(environ)) if p]
    wanted += [p for p in environ.get("LD_LIBRARY_PATH", "").split(os.pathsep) if p and os.path.isdir(p)]
    links = _system_links()
    found = {}
    for path in wanted:
        real = os.path.realpath(path)
        for seen_as in {os.path.abspath(path), real}:   # where Python looks for it, and where it really is
            if not any(_inside(seen_as, link) for link in links):   # /lib/x: the link /lib -> usr/lib leads there
                found[seen_as] = real
    # a folder inside another one comes with it
    return {view: real for view, real in sorted(found.items())
            if not any(other != view and _inside(view, other) for other in found)}


def _system_links() -> dict[str, str]:
    """/bin -> usr/bin and the like (merged /usr): recreated as the same links in the kernel's root."""
    return {p: os.readlink(p) for p in SYSTEM_PATHS if os.path.islink(p)}


def kernel_environment(environ, scratch: str, limits: Limits) -> dict[str, str]:
    """The kernel's environment, built from an empty dict: PASSED_VARIABLES (and LC_*) copied from
    `environ` when set, SET_VARIABLES set here. Whatever else the grader has set (HF_TOKEN, AWS keys,
    an LMS token) is left out."""
    env = {k: v for k, v in environ.items() if k in PASSED_VARIABLES or k.startswith(PASSED_PREFIXES)}
    home = os.path.join(scratch, ".home")
    readable = readable_paths(environ)
    python_path = [p for p in environ.get("PYTHONPATH", "").split(os.pathsep)
                   if p and any(_inside(os.path.abspath(p), view) for view in readable)]
    env.update(PATH=os.pathsep.join([os.path.dirname(sys.executable), "/usr/local/bin", "/usr/bin", "/bin"]),
               HOME=home, USER="student", LOGNAME="student", TMPDIR=os.path.join(home, "tmp"),
               IPYTHONDIR=os.path.join(home, ".ipython"), MPLCONFIGDIR=os.path.join(home, ".matplotlib"),
               JUPYTER_RUNTIME_DIR=home, PYTHONDONTWRITEBYTECODE="1", HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
               HF_DATASETS_OFFLINE="1", HF_HUB_DISABLE_TELEMETRY="1", WORKBENCH_OUTPUT_KB=str(limits.output_kb),
               OMP_NUM_THREADS=environ.get("OMP_NUM_THREADS", "1"))
    if python_path:
        env["PYTHONPATH"] = os.pathsep.join(python_path)
    for name, folder in (("WORKBENCH_DATASETS", _datasets_dir(environ)), ("HF_HUB_CACHE", _hub_cache(environ))):
        if folder:
            env[name] = folder
    assert set(env) <= set(SET_VARIABLES + PASSED_VARIABLES) | {k for k in env if k.startswith(PASSED_PREFIXES)}
    return env


def _open_path(path: str) -> int:
    return os.open(path, os.O_PATH | os.O_CLOEXEC)


def _bind(fd: int, target: str, recursive: bool = True) -> None:
    """Bind what `fd` refers to (opened before the old root went away) at `target`, creating it."""
    if os.path.isdir(f"/proc/self/fd/{fd}"):
        os.makedirs(target, mode=0o755, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(target), mode=0o755, exist_ok=True)
        with open(target, "a"):
            pass
    _mount(f"/proc/self/fd/{fd}", target, None, MS_BIND | (MS_REC if recursive else 0))


def _enter_allowlisted_root(scratch: str, readable: dict[str, str], hide: list[str]) -> None:
    """Make this mount namespace's root a new, nearly empty file system holding only what the kernel
    may see: `readable` (read-only), the scratch folder (writable, at the same path, where the
    grader expects the kernel's sockets), private /tmp and /dev/shm, a few devices, its own /proc,
    a read-only /sys. `hide`: folders covered by an empty tmpfs if they fall inside a readable one."""
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    fds = {view: _open_path(real) for view, real in readable.items()}
    devices = {f"/dev/{name}": _open_path(f"/dev/{name}") for name in DEVICES if os.path.exists(f"/dev/{name}")}
    for pattern in GPU_DEVICES:
        devices.update({path: _open_path(path) for path in glob.glob(f"/dev/{pattern}")})
    scratch_fd = _open_path(scratch)
    try:
        root = "/tmp" if os.path.isdir("/tmp") and not os.path.islink("/tmp") else "/mnt"
        _mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0755")
        for private in PRIVATE_TMPFS:
            os.makedirs(root + private, mode=0o755, exist_ok=True)
            _mount("tmpfs", root + private, "tmpfs", MS_NOSUID | MS_NODEV, "size=64m,mode=1777")
        os.makedirs(root + "/proc")
        _mount("proc", root + "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)  # this PID namespace only
        os.makedirs(root + "/sys")
        try:   # torch reads the CPU topology there; no file of anyone's is in it
            _mount("sysfs", root + "/sys", "sysfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC)
        except OSError:
            pass
        for view in sorted(fds):
            _bind(fds[view], root + view)
        for link, points_to in _system_links().items():
            os.symlink(points_to, root + link)
        for path, fd in devices.items():
            _bind(fd, root + path, recursive=False)
        for name, points_to in (("fd", "/proc/self/fd"), ("stdin", "/proc/self/fd/0"),
                                ("stdout", "/proc/self/fd/1"), ("stderr", "/proc/self/fd/2")):
            os.symlink(points_to, f"{root}/dev/{name}")
        _bind(scratch_fd, root + scratch, recursive=False)
        for folder in hide:
            if os.path.isdir(root + folder) and not _inside(scratch, folder):
                _mount("tmpfs", root + folder, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=16k,mode=0555")
    finally:
        for fd in [*fds.values(), *devices.values(), scratch_fd]:
            os.close(fd)
    _pivot_root(root)
    writable = {scratch, *PRIVATE_TMPFS, *devices}   # exactly these: a readable folder bound inside /tmp is not
    for point in _mount_points():
        if point in writable or _inside(point, "/proc") or _inside(point, "/sys"):
            continue
        _mount(None, point, None, MS_BIND | MS_REMOUNT | MS_RDONLY | _existing_flags(point))


def _pivot_root(new_root: str) -> None:
    """Make `new_root` this namespace's / and detach the old root, so that no path leads back to it."""
    os.chdir(new_root)
    if SYS_PIVOT_ROOT is not None:
        _check(_libc.syscall(SYS_PIVOT_ROOT, b".", b"."), "pivot_root")   # the old root now lies under the new
        _check(_libc.umount2(b".", MNT_DETACH), "detaching the old root")
    else:  # an architecture without a known syscall number: move the new root over / (the old one is unreachable)
        _mount(".", "/", None, 1 << 13)   # MS_MOVE
        _check(_libc.chroot(b"."), "chroot")
    os.chdir("/")


def _set_limits(limits: Limits, as_root: bool) -> None:
    def cap(which, value):
        resource.setrlimit(which, (value, value))

    cap(resource.RLIMIT_AS, limits.memory_mb * 2**20)
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 5))
    cap(resource.RLIMIT_FSIZE, limits.file_mb * 2**20)
    cap(resource.RLIMIT_NOFILE, limits.open_files)
    if as_root:  # called before dropping to the sandbox uid, which the limit then counts
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


def _child(connection: dict, scratch: str, readable: dict[str, str], hide: list[str], limits: Limits,
           extra_args: list[str], was_root: bool) -> None:
    """PID 1 of the new PID namespace: when it exits, the kernel takes every process it forked along.

    `was_root`: whether the grader runs as root (here, inside a user namespace, everyone is uid 0).
    """
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    env = kernel_environment(os.environ, scratch, limits)   # before the root changes: it looks at the grader's paths
    _enter_allowlisted_root(scratch, readable, hide)
    kernel_file = os.path.join(scratch, ".kernel.json")
    with open(kernel_file, "w", encoding="utf-8") as f:
        json.dump(connection, f)
    _become_student(scratch, env, limits, was_root, int(os.environ.get(ENV_UID, FIRST_UID)))
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", kernel_file,
            "--IPKernelApp.outstream_class=workbench.sandbox.CappedOutStream", *extra_args]
    os.execve(sys.executable, argv, env)


def _become_student(scratch: str, env: dict, limits: Limits, was_root: bool, uid: int) -> None:
    """Hand the scratch folder to the sandbox uid, set the limits, give up every privilege, cd there."""
    os.makedirs(env["TMPDIR"], exist_ok=True)
    if was_root:
        for root, dirs, files in os.walk(scratch):
            for name in [root] + [os.path.join(root, n) for n in dirs + files]:
                os.chown(name, uid, uid, follow_symlinks=False)
    _set_limits(limits, as_root=was_root)
    _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
    if was_root:
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    else:
        _drop_capabilities()
    os.chdir(scratch)
    # again: changing uid cleared the parent-death signal, and a kernel orphaned by a killed grader would run on
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def launch(connection_file: str, extra_args: list[str]) -> int:
    """Start the sandboxed kernel and wait for it; forward interrupts (how Jupyter stops a cell)."""
    scratch = os.path.realpath(os.environ[ENV_SCRATCH])
    hide = [os.path.realpath(p) for p in os.environ.get(ENV_HIDE, "").split(os.pathsep) if p]
    limits = Limits.from_env()
    readable = readable_paths(os.environ)
    connection = json.loads(Path(connection_file).read_text(encoding="utf-8"))
    if connection.get("transport") != "ipc":
        print("sandbox: the kernel has no network, so the grader must use KernelManager.transport='ipc'",
              file=sys.stderr)
        return 2
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    was_root = os.getuid() == 0
    _enter_namespaces()
    pid = os.fork()
    if pid == 0:
        try:
            _child(connection, scratch, readable, hide, limits, extra_args, was_root)
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

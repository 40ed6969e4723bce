#!/usr/bin/env python3
"""nbgitpuller links: one click logs a learner in, pulls the course, and opens a notebook in JupyterLab.

    python scripts/nbgitpuller_link.py https://hub.example.org course/level1_leaders/02_what_it_costs.ipynb
    python scripts/nbgitpuller_link.py https://hub.example.org --all      # one link per lesson, as Markdown

The link has the form nbgitpuller's own link generator writes (its docs, "link.html"):
    {hub}/hub/user-redirect/git-pull?repo={repo}&urlpath=lab/tree/{clone}/{path}&branch={branch}&targetpath={clone}
with every value form-encoded (`/` as %2F, `:` as %3A, space as +), as the generator's URLSearchParams
does, so a path with spaces or Vietnamese letters survives. {clone} is the folder the course is
cloned into, the repository's name: given explicitly as `targetpath` because nbgitpuller's default
(the URL's last part, `.git` kept) differs from its generator's (`.git` dropped), and the same folder
the JupyterHub postStart hook in deploy/z2jh/values.yaml pulls into.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from colab_cells import BRANCH, ROOT, course_notebooks, repository_url  # noqa: E402 - one place names the repository


def clone_folder(repo: str) -> str:
    """The folder the course is cloned into: the repository's name (last part of its URL, without `.git`)."""
    name = repo.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")
    if not name or ":" in name:
        raise ValueError(f"cannot tell the repository's name from {repo!r}")
    return name


def link(hub: str, path: str = "", repo: str | None = None, branch: str = BRANCH, app: str = "lab") -> str:
    """The nbgitpuller URL that pulls `repo` at `branch` and opens `path` (relative to the repository).

    >>> link("https://hub.example.org", "course/README.md", repo="https://github.com/o/r")
    'https://hub.example.org/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fo%2Fr&urlpath=lab%2Ftree%2Fr%2Fcourse%2FREADME.md&branch=main&targetpath=r'
    """
    repo = repo or repository_url()
    parts = urlsplit(hub)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"hub must be the JupyterHub's address, like https://hub.example.org (got {hub!r})")
    if parts.query or parts.fragment:
        raise ValueError(f"hub must have no query or fragment (got {hub!r})")
    if app not in ("lab", "tree"):
        raise ValueError("app must be 'lab' (JupyterLab) or 'tree' (classic file browser)")
    folder = clone_folder(repo)
    target = f"{folder}/{path.strip('/')}" if path.strip("/") else folder
    query = urlencode({"repo": repo, "urlpath": f"{app}/tree/{target}", "branch": branch, "targetpath": folder})
    base = hub.rstrip("/")
    return f"{base}/hub/user-redirect/git-pull?{query}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("hub", help="the JupyterHub's address, e.g. https://hub.example.org")
    parser.add_argument("path", nargs="?", default="", help="file or folder to open, relative to the repository")
    parser.add_argument("--repo", default=None, help=f"git repository to pull (default {repository_url()})")
    parser.add_argument("--branch", default=BRANCH)
    parser.add_argument("--app", default="lab", choices=["lab", "tree"])
    parser.add_argument("--all", action="store_true", help="print a Markdown list with a link to every lesson")
    args = parser.parse_args(argv)
    try:
        if args.all:
            for nb in course_notebooks():
                rel = nb.relative_to(ROOT).as_posix()
                print(f"- [{rel}]({link(args.hub, rel, args.repo, args.branch, args.app)})")
        else:
            print(link(args.hub, args.path, args.repo, args.branch, args.app))
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

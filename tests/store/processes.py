"""Real processes for fault tests: a Python child running FlashDesk code (optionally under a
file-size limit, the way a full disk behaves), and a child that holds a store's lock the way
another program would."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def child_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **extra}


def _limits(fsize: int | None):
    def apply() -> None:
        if fsize is not None:
            # past the limit write() fails with EFBIG instead of the process being killed
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    return apply


def run_python(code: str, *, fsize: int | None = None, timeout: float = 120,
               **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, env=child_env(**env), timeout=timeout, check=False,
                          preexec_fn=_limits(fsize))


def run_cli(*args, fsize: int | None = None, timeout: float = 120,
            **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flashdesk", *map(str, args)], capture_output=True,
                          text=True, env=child_env(**env), timeout=timeout, check=False,
                          preexec_fn=_limits(fsize))


@contextmanager
def locked_by_another_program(path: Path):
    """Another process holds an exclusive lock on the store until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sqlite3, sys
            con = sqlite3.connect({str(path)!r}, isolation_level=None)
            con.execute("PRAGMA locking_mode=EXCLUSIVE")
            con.execute("BEGIN EXCLUSIVE")
            print("locked", flush=True)
            sys.stdin.read()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def count(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()

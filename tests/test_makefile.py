"""The README's commands: `make run`/`make test` install only when pyproject.toml changed,
and do it in the project venv (a stock Debian/Ubuntu Python refuses system-wide pip)."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def _dry_run(folder: Path, target: str) -> str:
    # under `make test` the outer make's MAKELEVEL makes this one print "Entering directory
    # …test_later_runs_skip_pip…", whose name alone contains "pip"
    return subprocess.run(["make", "--no-print-directory", "-n", target], cwd=folder,
                          capture_output=True, text=True, check=True).stdout


@pytest.fixture
def project(tmp_path):
    shutil.copy(ROOT / "Makefile", tmp_path)
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    return tmp_path


def test_first_run_creates_the_venv_and_installs_into_it(project):
    plan = _dry_run(project, "run")
    assert "-m venv --system-site-packages .venv" in plan
    assert '.venv/bin/python -m pip install --quiet -e ".[test]"' in plan
    assert ".venv/bin/python -m flashdesk" in plan
    assert "python3 -m pip" not in plan, "never pip into the system Python"


def test_later_runs_skip_pip_until_pyproject_changes(project):
    venv = project / ".venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").touch()
    stamp = venv / ".installed"
    stamp.touch()
    later = (project / "pyproject.toml").stat().st_mtime + 10
    os.utime(stamp, (later, later))
    plan = _dry_run(project, "run")
    assert "pip" not in plan and ".venv/bin/python -m flashdesk" in plan
    assert "pip" not in _dry_run(project, "test")
    os.utime(project / "pyproject.toml", (later + 10, later + 10))
    assert "pip install" in _dry_run(project, "run"), "a changed pyproject.toml reinstalls"

"""The frozen program (``pyinstaller build.spec``) still builds, starts its window and runs
a command: a packaging break (a module PyInstaller does not see, a data file left out)
fails here, not on a store's PC. Slow (about a minute): it runs where PyInstaller is
installed — ``.ci/run`` installs it — and is skipped elsewhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT_S = 900

pytest.importorskip("PyInstaller", reason="the frozen build needs PyInstaller (.[build])")


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("frozen")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), "build.spec"],
        cwd=ROOT, check=True, timeout=BUILD_TIMEOUT_S, capture_output=True,
    )  # fmt: skip
    program = work / "dist" / "Showroom" / ("Showroom.exe" if os.name == "nt" else "Showroom")
    assert program.exists()
    return program


def _env(tmp_path: Path, **more: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHOWROOM_DATA_DIR": str(tmp_path),
            **more}  # fmt: skip


def test_the_frozen_program_opens_its_window(frozen: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(frozen), "--db", f"sqlite:///{tmp_path / 'store.db'}", "--benchmark-startup"],
        env=_env(tmp_path), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("READY")


def test_the_frozen_program_runs_a_command(frozen: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.db'}"
    env = _env(tmp_path, SHOWROOM_PASSWORD="frozen-admin-1", SHOWROOM_NEW_PASSWORD="frozen-admin-1")
    setup = subprocess.run([str(frozen), "--db", db, "users", "setup-admin"], env=env,
                           capture_output=True, text=True, timeout=120)  # fmt: skip
    assert setup.returncode == 0, setup.stderr[-2000:]
    demo = subprocess.run(
        [str(frozen), "--db", db, "--user", "admin", "demo", "--customers", "200"],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert demo.returncode == 0, demo.stderr[-2000:]
    found = subprocess.run([str(frozen), "--db", db, "--user", "admin", "search", "王"],
                           env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert found.returncode == 0, found.stderr[-2000:]
    assert found.stdout.count("\n") >= 1  # customers of the demo store, one a line

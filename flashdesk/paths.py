"""Where ui/, resources/ and the user's store live, in a source checkout, an installed
wheel (mapped to flashdesk.resources / flashdesk.ui) or a PyInstaller bundle."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP_NAME = "FlashDesk"
STORE_ENV = "FLASHDESK_STORE"
_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _data_root(name: str) -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / name)
    candidates.append(_PACKAGE_DIR.parent / name)  # source checkout / editable install
    candidates.append(_PACKAGE_DIR / name)  # wheel: package-dir mapping
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError(f"FlashDesk's {name}/ folder is missing; looked in: "
                            + ", ".join(str(c) for c in candidates))


def resources_dir() -> Path:
    return _data_root("resources")


def ui_dir() -> Path:
    return _data_root("ui")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_store_location() -> str:
    """The store the app opens when nothing else is asked for: FLASHDESK_STORE, or a file
    in the user's data folder."""
    env = os.environ.get(STORE_ENV, "").strip()
    if env:
        return env
    return str(user_data_dir() / "flashdesk.sqlite3")

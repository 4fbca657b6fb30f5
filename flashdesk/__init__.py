"""FlashDesk: plan, run and review flash-group (快闪群) product launches."""

import builtins
from contextlib import contextmanager

__version__ = "0.1.0"

# Python's own import, kept before PySide6 replaces it with a hook that reads the source of
# every module imported afterwards (≈0.4 s for the store's SQLAlchemy stack).
PLAIN_IMPORT = builtins.__import__


@contextmanager
def plain_imports():
    """Import without PySide6's hook: it only serves modules that use PySide6's __feature__
    switches, which no FlashDesk module does, yet it runs Python code on every import statement
    and reads the source of every module newly imported (~5 ms for the window's own before its
    first paint; more for the store and its SQLAlchemy after it; ~3,500 import statements in an
    export). Enter it after PySide6 is imported, so that its hook is the one put back."""
    hooked, builtins.__import__ = builtins.__import__, PLAIN_IMPORT
    try:
        yield
    finally:
        builtins.__import__ = hooked

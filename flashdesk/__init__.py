"""FlashDesk: plan, run and review flash-group (快闪群) product launches."""

import builtins

__version__ = "0.1.0"

# Python's own import, kept before PySide6 replaces it with a hook that reads the source of
# every module imported afterwards (≈0.4 s for the store's SQLAlchemy stack): see
# flashdesk.app.plain_imports.
PLAIN_IMPORT = builtins.__import__

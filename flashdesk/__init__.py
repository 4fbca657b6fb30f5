"""FlashDesk: plan, run and review flash-group (快闪群) product launches."""

__version__ = "0.1.0"

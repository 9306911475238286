"""BVTE: the commune child-protection register (desktop app)."""

__version__ = "0.1.0"

"""The local web app: ``tradecheck serve`` (see :mod:`.app`)."""

from .app import create_app

__all__ = ["create_app"]

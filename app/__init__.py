"""Permit Desk core: domain, encrypted store, services, letters, command line (no Qt)."""

__version__ = "0.1.0"

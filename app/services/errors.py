"""Errors services raise: one plain sentence each, fit to show a user."""

from __future__ import annotations


class ServiceError(Exception):
    """Base of every expected failure of a service call."""


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass


class Conflict(ServiceError):
    pass

"""Errors a user can meet. Each one's message is a sentence they can act on."""

from __future__ import annotations


class CopydeskError(Exception):
    """Something went wrong in copydesk."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or (self.__doc__ or "").strip())

    @property
    def message(self) -> str:
        return str(self)


class ReadError(CopydeskError):
    """copydesk could not read that link."""


class LinkRefused(ReadError):
    """copydesk does not fetch that link."""


class NotAnArticle(ReadError):
    """That page does not look like an article copydesk can read."""


class ModelError(CopydeskError):
    """The model did not give a usable answer."""

"""The ``factcheck`` command. Heavy libraries are imported inside commands only.

``base`` holds the group; importing ``check`` and ``manage`` registers their commands.
"""

from factcheck.cli import check, manage
from factcheck.cli.base import SUMMARIZERS, SummaryLength, main

__all__ = ["SUMMARIZERS", "SummaryLength", "check", "main", "manage"]

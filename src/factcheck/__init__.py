"""factcheck: offline fact-check and summary generator for newsrooms."""

__version__ = "0.1.0"

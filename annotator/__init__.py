"""annotator: label stances, quotes and figures in news articles, together."""

__version__ = "0.1.0"

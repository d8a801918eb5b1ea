"""qjkg: the knowledge graph of Qujiang development news."""

__version__ = "0.1.0"

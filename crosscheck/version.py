"""crosscheck's version, in a module of its own: the package, the CLI, SARIF and the claims cache
read it without importing the package's front (which names the whole library)."""

__version__ = "0.1.0"

from tests.e2e.xvfb import display

__all__ = ["display"]

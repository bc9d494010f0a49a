"""Importers and exporters: files to core objects and back."""

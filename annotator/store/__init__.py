"""The only package that speaks SQL: opening projects, migrations, queries."""

from annotator.store.project import Project, ProjectError

__all__ = ["Project", "ProjectError"]

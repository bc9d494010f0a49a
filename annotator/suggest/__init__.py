"""Suggesters: rule-based, offline candidates for the stance, quote and figure layers.

No Qt here (import-linter keeps it so).  ``registry.SUGGESTERS`` is the table
of suggesters; ``run.run_suggesters`` fills the project's suggestions table;
``evaluate`` measures them against an annotator's labels.
"""

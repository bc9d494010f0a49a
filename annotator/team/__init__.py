"""Team work: packages of documents per annotator, time on task, the team report (no Qt)."""

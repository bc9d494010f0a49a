"""Review mode: disagreements, adjudication and the agreement report."""

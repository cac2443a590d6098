"""Use cases: one transaction each, side effects (tasks, audit entries) after commit."""

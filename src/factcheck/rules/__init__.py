"""Rules: one module per rule, each with a code, docs and examples."""

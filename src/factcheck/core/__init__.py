"""Data shared by every layer: findings, the report, severities, errors, JSON Schemas."""

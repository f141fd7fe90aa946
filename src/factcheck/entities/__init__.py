"""People, titles, names and the knowledge base with its indexes."""

"""Reading text: documents, encodings, language, sentences, normalisation, values, summaries."""

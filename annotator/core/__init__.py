"""Plain-Python core: the model, schema, offsets and parsing. Never imports Qt."""

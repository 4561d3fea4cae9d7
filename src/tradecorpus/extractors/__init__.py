"""The built-in extractor plugins, one module per plugin (registered in :mod:`tradecorpus.plugins`)."""

"""Gazetteers and word lists used by the built-in extractors."""

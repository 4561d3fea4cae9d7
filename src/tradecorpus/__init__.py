"""tradecorpus (work in progress)."""

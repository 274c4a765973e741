"""The deterministic trunk: runs, steps, gates and the ports they need."""

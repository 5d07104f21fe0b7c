"""Start-up: the light frame shown before the data is open, and the benchmark's start-up probe."""

"""Benchmarks: each bench_<area>.py offers run() -> list[Result]; run_all.py prints one table."""

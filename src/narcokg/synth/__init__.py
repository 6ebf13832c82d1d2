"""The seeded synthetic corpus generator used by the benchmarks: document plans, their text
and their fact files.
Internal: the public Python API is :mod:`narcokg` (docs/architecture.md).
"""

"""The seeded synthetic corpus generator used by the benchmarks: document plans, their text
and their fact files.
"""

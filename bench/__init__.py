"""The benchmark of docs/ARCHITECTURE.md §9: ``python -m bench --customers 100000``.

It builds a demo store of the requested size once (cached under ``bench/.cache/``, keyed by
size, seed, schema revision and demo-generator version), then times each operation
through the same service calls the screens make: a warm-up, then the median of
``--runs`` runs, printed as a table against its budget; ``--json FILE`` writes
``{operation name: median}``.

Adding an operation: in a module ``bench/ops_<area>.py`` (found automatically), write a
function that returns the cases to time and register it with
``@operation(name, budget=…, unit=…)`` from :mod:`bench.ops`. Names come from ARCHITECTURE.md §9 and
are never renamed, because results are compared across versions by name.
"""

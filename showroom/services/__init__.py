"""Use cases. Each takes plain values, validates, writes in one transaction and returns
plain dataclasses. The UI and the command line call these; nothing here imports Qt."""

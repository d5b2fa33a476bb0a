"""The trade's rules as plain functions over plain values (no database, no Qt).

The rules in the trade's words: docs/ARCHITECTURE.md §6; which module holds which: §5.
"""

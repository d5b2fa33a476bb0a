"""Business rules of DESIGN §2 as plain functions over plain values (no database, no Qt)."""

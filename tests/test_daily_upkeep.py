"""The once-a-day upkeep: customers re-ranked, insurance dates rolled, once per day."""

from __future__ import annotations

import datetime as dt

import pytest
from cli_support import sign_in_as
from customers_support import new_customer, new_vehicle, serve

from showroom.cli import build_parser, run_command
from showroom.db import Database
from showroom.models import Customer, Setting, Vehicle
from showroom.services import daily_upkeep
from showroom.services.context import Actor
from showroom.services.customer_classes import recompute_all
from showroom.services.daily_upkeep import LAST_RUN_KEY, last_run_on, run_daily_upkeep

TODAY = dt.date.today()


def _ranked_store(db: Database, actor: Actor) -> list[int]:
    """Ten customers spending 100 … 1,000; the top one (10 %) is platinum."""
    with db.session() as session:
        session.get(Setting, "value_class_shares").value = {  # type: ignore[union-attr]
            "platinum": 0.1, "gold": 0.3, "iron": 0.6,
        }  # fmt: skip
    ids = []
    for n in range(10):
        cid = new_customer(db, actor, f"客户{'甲乙丙丁戊己庚辛壬癸'[n]}")
        vid = new_vehicle(db, actor, cid, n + 1)
        serve(
            db, actor, vid, TODAY - dt.timedelta(days=10), "minor_repair", None, str(100 * (n + 1))
        )
        ids.append(cid)
    recompute_all(db)
    return ids


def _value_class(db: Database, customer_id: int) -> str | None:
    with db.reader() as session:
        return session.get(Customer, customer_id).value_class  # type: ignore[union-attr]


def test_another_customers_visit_reranks_everyone_at_upkeep(db: Database, actor: Actor) -> None:
    ids = _ranked_store(db, actor)
    top, bottom = ids[-1], ids[0]
    assert _value_class(db, top) == "platinum"
    # The cheapest customer's big repair makes them the top spender; at the visit only
    # they are re-ranked, so the former top customer keeps a stale platinum.
    with db.reader() as session:
        vehicle_id = session.query(Vehicle.id).filter(Vehicle.customer_id == bottom).scalar()
    serve(db, actor, vehicle_id, TODAY - dt.timedelta(days=1), "minor_repair", None, "5000")
    assert _value_class(db, bottom) == "platinum"
    assert _value_class(db, top) == "platinum"

    result = run_daily_upkeep(db, TODAY)
    assert result.ran and result.customers == 10
    assert _value_class(db, top) == "gold"
    assert _value_class(db, bottom) == "platinum"
    assert last_run_on(db) == TODAY


def _insured_vehicle(db: Database, actor: Actor) -> tuple[int, dt.date]:
    cid = new_customer(db, actor)
    vid = new_vehicle(db, actor, cid)
    policy_on = dt.date(2024, 3, 15)
    with db.session() as session:
        vehicle = session.get(Vehicle, vid)
        assert vehicle is not None
        vehicle.insurance_policy_on = policy_on
        vehicle.insurance_due_on = dt.date(2025, 3, 15)  # filled a year ago, now stale
    return vid, policy_on


def test_upkeep_rolls_a_past_insurance_renewal_forward(db: Database, actor: Actor) -> None:
    vid, _ = _insured_vehicle(db, actor)
    result = run_daily_upkeep(db, dt.date(2026, 5, 1))
    assert result.vehicles == 1
    with db.reader() as session:
        assert session.get(Vehicle, vid).insurance_due_on == dt.date(2027, 3, 15)  # type: ignore[union-attr]
    # Within the 30-day grace a renewal stays where it is (the customer may renew late).
    with db.session() as session:
        session.get(Vehicle, vid).insurance_due_on = dt.date(2026, 4, 20)  # type: ignore[union-attr]
    assert run_daily_upkeep(db, dt.date(2026, 5, 2)).vehicles == 0


def test_runs_once_a_day_unless_forced(db: Database, actor: Actor) -> None:
    ids = _ranked_store(db, actor)
    assert run_daily_upkeep(db, TODAY).ran
    # Someone's stale class: the second run the same day leaves it; a forced run fixes it.
    with db.session() as session:
        session.get(Customer, ids[-1]).value_class = "lead"  # type: ignore[union-attr]
    second = run_daily_upkeep(db, TODAY)
    assert not second.ran and second.customers == 0
    assert _value_class(db, ids[-1]) == "lead"
    assert run_daily_upkeep(db, TODAY, force=True).ran
    assert _value_class(db, ids[-1]) == "platinum"
    # A new day runs again.
    assert run_daily_upkeep(db, TODAY + dt.timedelta(days=1)).ran


def test_an_interrupted_run_is_repeated(
    db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    _insured_vehicle(db, actor)

    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("power cut")

    monkeypatch.setattr(daily_upkeep.customer_classes, "recompute_all", broken)
    with pytest.raises(RuntimeError):
        run_daily_upkeep(db, dt.date(2026, 5, 1))
    assert last_run_on(db) is None
    monkeypatch.undo()
    result = run_daily_upkeep(db, dt.date(2026, 5, 1))
    assert result.ran and result.customers == 1
    assert last_run_on(db) == dt.date(2026, 5, 1)


def test_a_stopped_run_is_not_marked_done(db: Database, actor: Actor) -> None:
    _ranked_store(db, actor)
    with db.session() as session:  # make the recomputation have rows to write
        for customer in session.query(Customer):
            customer.cumulative_spend = 0
    result = run_daily_upkeep(db, TODAY, progress=lambda done, total: False)
    assert not result.ran
    with db.reader() as session:
        assert session.get(Setting, LAST_RUN_KEY) is None


def _cli(db: Database, *argv: str) -> int:
    full = ["--db", db.url, "--lang", "en", *argv]
    return run_command(build_parser(full).parse_args(full))


def test_upkeep_command(
    sqlite_db: Database,
    actor: Actor,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = _ranked_store(sqlite_db, actor)
    user = sign_in_as(sqlite_db, monkeypatch)
    with sqlite_db.session() as session:
        session.get(Customer, ids[-1]).value_class = "lead"  # type: ignore[union-attr]
    assert _cli(sqlite_db, "upkeep", *user) == 0
    assert "10 customers" in capsys.readouterr().out
    assert _value_class(sqlite_db, ids[-1]) == "platinum"
    assert _cli(sqlite_db, "upkeep", *user) == 0
    assert "already ran today" in capsys.readouterr().out
    assert _cli(sqlite_db, *user, "upkeep", "--force") == 0
    assert "Upkeep done" in capsys.readouterr().out

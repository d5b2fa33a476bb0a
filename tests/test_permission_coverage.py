"""Every entry point of the services checks its permission itself (the window hiding a
button is never the protection): a new public service that forgets fails here.

A public function that takes an ``actor`` must check it (``require``, ``require_owner``,
``owner_scope``, ``allowed`` or a module's own ``_require…`` helper). One that takes a
database but no actor cannot check anyone: it must be listed below with the reason it
needs no permission (pick lists, the sign-in itself, the program's own upkeep).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from types import FunctionType, ModuleType

import showroom.services

ENTRY_MODULES = (
    "showroom.backup",
    "showroom.importers.engine",
    "showroom.importers.revert",
    "showroom.sheets.export",
    "showroom.reports.daily",
    "showroom.reports.monthly",
)
_CHECK = re.compile(r"\b(require|require_owner|owner_scope|allowed|_require\w*|_check\w*)\(")

#: Public functions with an actor that need no check of a permission, and why.
ACTOR_WITHOUT_PERMISSION = {
    "showroom.services.auth.sign_out": "anyone signed in may sign out",
    "showroom.services.auth.change_own_password": "one's own password, the current one asked",
    "showroom.services.account.live_actor": "binds the session to its account; no data",
    "showroom.services.conflicts.save_edit": "a helper: its callers check the permission",
    "showroom.sheets.export.record_printed": "audits a printout of a sheet the entry checked",
}

#: Public functions with a database and no actor, and why they need no permission.
NO_ACTOR = {
    "showroom.services.account.idle_lock_minutes": "a store setting the lock reads",
    "showroom.services.auth.needs_first_administrator": "asked before anyone can sign in",
    "showroom.services.auth.anyone_can_sign_in": "asked before anyone can sign in",
    "showroom.services.auth.first_administrator_name": "asked before anyone can sign in",
    "showroom.services.auth.set_up_administrator": "the first start: no account exists yet",
    "showroom.services.auth.sign_in": "the sign-in itself (the lockout protects it)",
    "showroom.services.auth.actor_for": "the program's own jobs acting as a named account",
    "showroom.services.call_scripts.scripts": "the store's scripts, no personal data",
    "showroom.services.call_scripts.script_for": "the store's scripts, no personal data",
    "showroom.services.complaints.complaint_categories": "a pick list",
    "showroom.services.conflicts.stale_guard": "a helper around its caller's save",
    "showroom.services.customer_classes.recompute_all": "the daily upkeep of derived columns",
    "showroom.services.customer_list.list_choices": "pick lists",
    "showroom.services.customers.possible_duplicates": "ids and names for the merge dialog",
    "showroom.services.daily_upkeep.last_run_on": "the upkeep's own bookkeeping",
    "showroom.services.daily_upkeep.run_daily_upkeep": "the program's own daily upkeep",
    "showroom.services.demo_store.is_demo_store": "shown on the sign-in dialog",
    "showroom.services.demo_store.demo_password": "shown on a demo store's sign-in dialog",
    "showroom.services.follow_ups.propose_next_date": "a date from the level rules",
    "showroom.services.level_rules.list_levels": "the store's level rules",
    "showroom.services.level_rules.skip_weekends": "a store setting",
    "showroom.services.losses.loss_choices": "a pick list",
    "showroom.services.search.search_customers": "the window's search box (masks shown rows)",
    "showroom.services.service_visits.service_types": "a pick list",
    "showroom.services.store.store_info": "the store's name, shown before sign-in",
    "showroom.services.store.default_actor": "the benchmark's and the first start's account",
    "showroom.services.usage.choice_usage": "counts per pick-list choice, no personal data",
    "showroom.services.visit_queries.count_visits": "a count, no personal data",
    "showroom.services.visit_queries.visit_choices": "pick lists",
    "showroom.backup.sqlite_file": "where the store is (the backup page checks BACKUP)",
    "showroom.backup.backup_folder": "where backups go (the backup page checks BACKUP)",
    "showroom.backup.auto_backup": "the program's own daily safety copy",
    "showroom.importers.engine.resolve_layout": "a helper of run_import, which checks",
    "showroom.importers.engine.remembered_mapping": "a column mapping, no personal data",
    "showroom.importers.engine.mark_interrupted": "the start-up's own bookkeeping",
    "showroom.importers.revert.list_imports": "file names and counts of earlier imports",
}


def _modules() -> Iterator[ModuleType]:
    for info in pkgutil.iter_modules(showroom.services.__path__):
        yield importlib.import_module(f"showroom.services.{info.name}")
    for name in ENTRY_MODULES:
        yield importlib.import_module(name)


def _entry_points() -> Iterator[tuple[str, FunctionType, list[str]]]:
    for module in _modules():
        for name, function in vars(module).items():
            if (
                name.startswith("_")
                or not isinstance(function, FunctionType)
                or function.__module__ != module.__name__
            ):
                continue
            parameters = list(inspect.signature(function).parameters)
            if "db" in parameters:
                yield f"{module.__name__}.{name}", function, parameters


def _checks(function: FunctionType, module: ModuleType, depth: int = 0) -> bool:
    source = inspect.getsource(function)
    if _CHECK.search(source):
        return True
    if depth >= 2:
        return False
    # One step down: a public entry point that hands the actor to another one.
    called = set(re.findall(r"\b([a-z_][a-z0-9_]*)\(", source)) - {function.__name__}
    return any(
        isinstance(other := getattr(module, name, None), FunctionType)
        and _checks(other, inspect.getmodule(other) or module, depth + 1)
        for name in called
    )


def test_every_entry_point_with_an_actor_checks_a_permission() -> None:
    missing = [
        name
        for name, function, parameters in _entry_points()
        if "actor" in parameters
        and name not in ACTOR_WITHOUT_PERMISSION
        and not _checks(function, inspect.getmodule(function))  # type: ignore[arg-type]
    ]
    assert missing == [], f"these take an actor but check no permission: {missing}"


def test_every_entry_point_without_an_actor_says_why() -> None:
    unexplained = [
        name
        for name, _function, parameters in _entry_points()
        if "actor" not in parameters and name not in NO_ACTOR
    ]
    assert unexplained == [], f"these take a database but no actor, and no reason: {unexplained}"


def test_the_lists_name_only_functions_that_exist() -> None:
    names = {name for name, _f, _p in _entry_points()}
    assert set(NO_ACTOR) <= names and set(ACTOR_WITHOUT_PERMISSION) <= names

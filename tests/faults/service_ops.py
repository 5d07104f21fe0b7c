"""What the service fuzz (test_fuzz_services.py) draws, and the operations it calls with it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from time import monotonic
from typing import TYPE_CHECKING, Any

from hypothesis import strategies as st

from intervisie_desktop.core import validation as v
from intervisie_desktop.core.methods.model import Text
from intervisie_desktop.core.models import ChairMode, MeetingPurpose
from intervisie_desktop.core.services import Services
from intervisie_desktop.core.services.chairs import ChairSetting, PhaseOutPlan
from intervisie_desktop.core.services.learning import parse_scores
from intervisie_desktop.core.services.plans import PlanEntry

if TYPE_CHECKING:
    from intervisie_desktop.core.services.base import EntityService


META = ["%", "_", "\\", '"', "'", "*", "(", ")", "NEAR", "AND", "OR", "NOT", "^", ":", "-", "+"]
texts = st.one_of(
    st.text(max_size=30),
    st.lists(st.sampled_from([*META, "a", "zo", "Jansen", " ", "\x00", "\ud800"]), max_size=12).map(
        "".join
    ),
    st.tuples(
        st.sampled_from(["a", "%", "_*", '"(', "\x00", "é", "\ud800", " NEAR "]),
        st.integers(1, 60_000),
    ).map(lambda t: (t[0] * t[1])[:60_000]),
    st.sampled_from(["", " ", "\t\n", "2025-02-30", "12:61", "present", "open", "held", "a@b.nl"]),
    st.sampled_from(["0001-01-01", "9999-12-31", "-0001-01-01", "+10000-01-01", "24:00", "1e999"]),
)
ints = st.one_of(
    st.integers(-3, 40),
    st.integers(-(2**70), 2**70),
    st.sampled_from([2**63, 2**63 - 1, -(2**63) - 1, 10**6, 9999, 10_000, 0]),
)
floats = st.floats(allow_nan=True, allow_infinity=True)
dates = st.one_of(
    st.dates(),
    st.sampled_from([date.min, date.max, datetime.min, datetime.max.replace(tzinfo=UTC)]),
    st.datetimes(),
    st.datetimes(timezones=st.just(UTC)),
)
values = st.one_of(
    st.none(),
    st.booleans(),
    ints,
    floats,
    texts,
    dates,
    st.times(),
    st.timedeltas(max_value=timedelta(days=3)),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.binary(max_size=20),
)
ids = st.one_of(st.integers(-2, 30), values)
keys = st.one_of(
    st.sampled_from(["block.opening", "block.closing", "balint_group", "user.1", "user.999"]),
    texts,
    values,
)
method_keys = st.one_of(
    st.sampled_from(["balint_group", "incident_method", "user.1", "user.999", "block.opening"]),
    texts,
    values,
)
registers = st.sampled_from(["BIG", "SKJ", "NIP", "NVO", "KNGF", "V&VN", "big", ""])
rule_keys = st.sampled_from(["hours", "meetings", "quarters", "group_size", "x"])
years = st.one_of(st.integers(1985, 2205), st.sampled_from([1, 9998, 2025]))
bilingual = st.one_of(st.builds(Text, texts, texts), values)
positions = st.one_of(st.integers(-2, 6), ints, values)
plans = st.one_of(
    st.builds(PhaseOutPlan, st.integers(1, 3), st.none(), st.none(), st.booleans()),
    st.builds(
        PhaseOutPlan,
        positions,
        st.one_of(st.none(), positions),
        st.one_of(st.none(), positions),
        st.one_of(st.booleans(), values),
    ),
    values,
)
chair_settings = st.builds(
    ChairSetting,
    ids,
    st.one_of(st.sampled_from(ChairMode), values),
    st.one_of(st.none(), ids),
    st.one_of(st.sampled_from(MeetingPurpose), values),
)
ahead = st.one_of(st.none(), st.sampled_from([date(2025, 1, 1), date(2025, 4, 1)]), dates, values)
bad_ids = st.one_of(
    st.integers(max_value=0),
    st.integers(min_value=10**6),
    st.sampled_from([2**63, 2**64, -(2**63) - 1, "1", "abc", 1.0, float("nan"), None, True]),
)


Op = Callable[[Services, st.DataObject], Any]


def entity_ops(name: str) -> dict[str, Op]:
    """get, create, update and delete (of ids that cannot exist) of one entity service."""

    def service(s: Services) -> EntityService[Any]:
        svc: EntityService[Any] = getattr(s, name)
        return svc

    def fields(s: Services, d: st.DataObject) -> dict[str, Any]:
        svc = service(s)
        names = [f for f in svc.model.model_fields if f not in svc.readonly_fields]
        keys = d.draw(st.lists(st.sampled_from(names), unique=True, max_size=len(names)))
        return {k: d.draw(values, label=k) for k in keys}

    return {
        f"{name}.get": lambda s, d: service(s).get(d.draw(ids)),
        f"{name}.create": lambda s, d: service(s).create(**fields(s, d)),
        f"{name}.update": lambda s, d: service(s).update(d.draw(ids), **fields(s, d)),
        f"{name}.delete": lambda s, d: service(s).delete(d.draw(bad_ids)),
    }


def a(d: st.DataObject, strategy: st.SearchStrategy[Any] = values) -> Any:
    return d.draw(strategy)


OPS: dict[str, dict[str, Op]] = {
    "groups": {
        **entity_ops("groups"),
        "groups.list": lambda s, d: s.groups.list(a(d), a(d)),
        "groups.list_search": lambda s, d: s.groups.list(None, a(d, texts)),
        "groups.find": lambda s, d: s.groups.find(a(d)),
        "groups.archive": lambda s, d: s.groups.archive(a(d, ids), a(d)),
    },
    "members": {
        **entity_ops("members"),
        **entity_ops("memberships"),
        **entity_ops("goals"),
        "members.list": lambda s, d: s.members.list(a(d)),
        "members.list_search": lambda s, d: s.members.list(a(d, texts)),
        "memberships.add": lambda s, d: s.memberships.add(a(d, ids), a(d, ids), a(d), a(d)),
        "memberships.members_of": lambda s, d: s.memberships.members_of(a(d, ids), a(d)),
        "memberships.groups_of": lambda s, d: s.memberships.groups_of(a(d, ids)),
        "memberships.end": lambda s, d: s.memberships.end(a(d, ids), a(d)),
        "memberships.reorder": lambda s, d: s.memberships.reorder(
            a(d, ids), a(d, st.one_of(st.lists(ids, max_size=6), values)), a(d)
        ),
        "goals.for_member": lambda s, d: s.goals.for_member(a(d, ids), a(d)),
        "goals.for_year": lambda s, d: s.goals.for_year(a(d, ids), a(d, st.one_of(years, values))),
    },
    "meetings": {
        **entity_ops("meetings"),
        **entity_ops("attendance"),
        "meetings.for_group": lambda s, d: s.meetings.for_group(a(d, ids), a(d)),
        "meetings.next_planned": lambda s, d: s.meetings.next_planned(a(d, ids), a(d)),
        "attendance.for_meeting": lambda s, d: s.attendance.for_meeting(a(d, ids)),
        "attendance.record": lambda s, d: s.attendance.record(a(d, ids), a(d, ids), a(d), a(d)),
    },
    "registrations": {
        **entity_ops("registrations"),
        "registrations.add": lambda s, d: s.registrations.add(a(d, ids), a(d), a(d)),
        "registrations.for_member": lambda s, d: s.registrations.for_member(a(d, ids)),
        "registrations.of_members": lambda s, d: s.registrations.of_members(
            a(d, st.one_of(st.lists(ids, max_size=4), values))
        ),
        "registers.registers": lambda s, d: s.registers.registers(),
        "registers.register": lambda s, d: s.registers.register(a(d, st.one_of(registers, values))),
        "registers.set_rule_value": lambda s, d: s.registers.set_rule_value(
            a(d, st.one_of(registers, values)), a(d, st.one_of(rule_keys, values)), a(d)
        ),
        "registers.warnings": lambda s, d: s.registers.warnings(
            a(d, st.one_of(registers, values)), a(d), a(d, st.one_of(st.none(), ids))
        ),
        "registers.statuses": lambda s, d: s.registers.statuses(
            a(d, st.one_of(st.lists(ids, max_size=4), values)), a(d, st.one_of(years, values))
        ),
        "registers.meeting_list": lambda s, d: s.registers.meeting_list(
            a(d, ids), a(d, st.one_of(registers, values))
        ),
        "registers.year_lists": lambda s, d: s.registers.year_lists(
            a(d, ids), a(d, st.one_of(years, values)), a(d, st.one_of(registers, values))
        ),
        "registers.registers_present": lambda s, d: s.registers.registers_present(
            a(d, st.one_of(st.lists(ids, max_size=4), values))
        ),
    },
    "cases": {
        **entity_ops("cases"),
        "cases.for_meeting": lambda s, d: s.cases.for_meeting(a(d, ids)),
        "cases.for_group": lambda s, d: s.cases.for_group(a(d, ids)),
        "cases.open_follow_ups": lambda s, d: s.cases.open_follow_ups(a(d, ids), a(d)),
        "cases.rotation": lambda s, d: s.cases.rotation(a(d, ids), a(d)),
        "cases.open_actions": lambda s, d: s.cases.open_actions(a(d, ids)),
        "cases.mark_follow_up": lambda s, d: s.cases.mark_follow_up(
            a(d, ids),
            a(d, st.one_of(st.sampled_from(["done", "carried", "dropped", "open"]), values)),
            a(d, ids),
        ),
    },
    "learning": {
        **entity_ops("safety_checks"),
        "evaluations.scores": lambda s, d: s.evaluations.scores(a(d, ids)),
        "evaluations.record": lambda s, d: s.evaluations.record(
            a(d, ids),
            a(
                d,
                st.one_of(
                    st.dictionaries(
                        st.one_of(  # keys: hashable values only (a list cannot be a key)
                            st.sampled_from(["overall", "fit", "safety", "x"]),
                            ints,
                            texts,
                            st.none(),
                            st.floats(),
                            st.dates(),
                        ),
                        st.one_of(st.lists(st.one_of(ints, texts), max_size=5), values),
                        max_size=3,
                    ),
                    values,
                ),
            ),
        ),
        "evaluations.development": lambda s, d: s.evaluations.development(a(d, ids)),
        "safety_checks.for_group": lambda s, d: s.safety_checks.for_group(a(d, ids)),
        "safety_checks.counts": lambda s, d: s.safety_checks.counts(a(d, ids)),
        "safety_checks.set_counts": lambda s, d: s.safety_checks.set_counts(
            a(d, ids),
            a(
                d,
                st.one_of(
                    st.lists(st.lists(st.one_of(ints, values), max_size=6), max_size=8), values
                ),
            ),
        ),
        "learning.parse_scores": lambda s, d: parse_scores(a(d, st.one_of(texts, values))),
    },
    "chairs": {
        "chairs.rota": lambda s, d: s.chairs.rota(a(d, ids)),
        "chairs.next_chair": lambda s, d: s.chairs.next_chair(a(d, ids)),
        "chairs.history": lambda s, d: s.chairs.history(a(d, ids)),
        "chairs.planned_ahead": lambda s, d: s.chairs.planned_ahead(a(d, ids), a(d, ahead)),
        "chairs.phase_out": lambda s, d: s.chairs.phase_out(a(d, ids), a(d, plans), a(d, ahead)),
        "chairs.assign": lambda s, d: s.chairs.assign(
            a(d, st.one_of(st.lists(chair_settings, max_size=3), values))
        ),
        "chairs.assign_planned": lambda s, d: s.chairs.assign(
            [r.after for r in s.chairs.phase_out(a(d, ids), a(d, plans), a(d, ahead)) if r.changes]
        ),
    },
    "notes": {
        **entity_ops("notes"),
        "notes.list": lambda s, d: s.notes.list(a(d, ids), a(d, ids), a(d, ids), a(d, ids)),
        "notes.overview": lambda s, d: s.notes.overview(
            a(d, ids), a(d, ids), a(d), a(d, st.one_of(st.lists(ids, max_size=4), values))
        ),
        "notes.years": lambda s, d: s.notes.years(),
    },
    "plans": {
        "plans.items": lambda s, d: s.plans.items(a(d, ids)),
        "plans.plan": lambda s, d: s.plans.plan(a(d, ids)),
        "plans.add": lambda s, d: s.plans.add(a(d, ids), a(d, keys), a(d, ids), a(d), a(d)),
        "plans.update": lambda s, d: s.plans.update(
            a(d, ids),
            **a(d, st.dictionaries(st.sampled_from(["method_key", "case_id", "minutes"]), values)),
        ),
        "plans.remove": lambda s, d: s.plans.remove(a(d, bad_ids)),
        "plans.move": lambda s, d: s.plans.move(a(d, ids), a(d)),
        "plans.set": lambda s, d: s.plans.set(
            a(d, ids),
            a(d, st.one_of(st.lists(st.builds(PlanEntry, keys, ids, values), max_size=3), values)),
        ),
    },
    "methods": {
        "methods.list": lambda s, d: s.methods.list(a(d), a(d)),
        "methods.get": lambda s, d: s.methods.get(a(d, method_keys)),
        "methods.is_deleted": lambda s, d: s.methods.is_deleted(a(d, method_keys)),
        "methods.copy": lambda s, d: s.methods.copy(a(d, method_keys)),
        "methods.delete": lambda s, d: s.methods.delete(a(d, method_keys)),
        "methods.restore": lambda s, d: s.methods.restore(a(d, method_keys)),
        "methods.save": lambda s, d: s.methods.save(a(d)),
        "methods.rename": lambda s, d: s.methods.rename(a(d, method_keys), a(d, bilingual)),
        "methods.set_texts": lambda s, d: s.methods.set_texts(
            a(d, method_keys), name=a(d, bilingual), summary=a(d, bilingual), source=a(d)
        ),
        "methods.add_phase": lambda s, d: s.methods.add_phase(a(d, method_keys), a(d), a(d, ints)),
        "methods.update_phase": lambda s, d: s.methods.update_phase(
            a(d, method_keys), a(d, ints), minutes=a(d), name=a(d, bilingual)
        ),
        "methods.remove_phase": lambda s, d: s.methods.remove_phase(a(d, method_keys), a(d, ints)),
        "methods.move_phase": lambda s, d: s.methods.move_phase(
            a(d, method_keys), a(d, ints), a(d, ints)
        ),
        "methods.reorder_phases": lambda s, d: s.methods.reorder_phases(
            a(d, method_keys), a(d, st.one_of(st.lists(ints, max_size=4), values))
        ),
    },
    "sessions": {
        "sessions.open": lambda s, d: s.sessions.open(a(d, ids)),
        "sessions.rebuild": lambda s, d: s.sessions.rebuild(a(d, ids), monotonic, a(d)),
        "sessions.run_for": lambda s, d: s.sessions.run_for(a(d, ids)),
        "sessions.airtime": lambda s, d: s.sessions.airtime(a(d, ids)),
        "sessions.frozen_plan": lambda s, d: s.sessions.frozen_plan(a(d, ids)),
        "sessions.unfinished": lambda s, d: s.sessions.unfinished(),
        "sessions.close": lambda s, d: s.sessions.close(a(d, ids)),
        "sessions.discard": lambda s, d: s.sessions.discard(a(d, bad_ids)),
    },
    "deletions": {
        "deletions.delete": lambda s, d: s.deletions.delete(
            a(d, st.one_of(st.sampled_from(["group", "member", "meeting", "case", "note"]), texts)),
            a(d, bad_ids),
        ),
        "deletions.preview": lambda s, d: s.deletions.preview(
            a(d, st.one_of(st.sampled_from(["group", "member", "meeting", "case", "note"]), texts)),
            a(d, bad_ids),
        ),
        "deletions.restore": lambda s, d: s.deletions.restore(a(d)),
        "deletions.round_trip": lambda s, d: s.deletions.restore(
            s.deletions.delete("note", s.notes.create(title=a(d, st.text(min_size=1))).value.id)
        ),
    },
    "search": {
        "search.query": lambda s, d: s.search.query(a(d, texts), a(d), a(d)),
        "search.query_text": lambda s, d: s.search.query(a(d, texts)),
        "search.query_kinds": lambda s, d: s.search.query(
            "Jansen", 10, a(d, st.lists(st.sampled_from(["note", "case", "x", ""]), max_size=3))
        ),
    },
    "settings": {
        "settings.get": lambda s, d: s.settings.get(a(d), a(d)),
        "settings.set": lambda s, d: s.settings.set(a(d, st.one_of(texts, values)), a(d)),
    },
    "validation": {
        "v.text": lambda s, d: v.text(
            a(d),
            "f",
            "F",
            required=a(d, st.booleans()),
            max_len=a(d, ints),
            single_line=a(d, st.booleans()),
        ),
        "v.name": lambda s, d: v.name(a(d), "f", "F", a(d, st.booleans())),
        "v.long_text": lambda s, d: v.long_text(a(d), "f", "F"),
        "v.a_date": lambda s, d: v.a_date(a(d), "f", "F"),
        "v.optional_date": lambda s, d: v.optional_date(a(d), "f", "F"),
        "v.a_time": lambda s, d: v.a_time(a(d), "f", "F"),
        "v.integer": lambda s, d: v.integer(a(d), "f", "F", a(d, ints), a(d, ints)),
        "v.email": lambda s, d: v.email(a(d)),
    },
}

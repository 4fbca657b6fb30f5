"""Recording A/B tests: one row per test of a step. Counts are checked like the other
records (no negatives, converted never above exposed)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlmodel import Session, col, select

from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.review.abtest import ABResult, evaluate
from flashdesk.review.tables import ABTest
from flashdesk.store import Store
from flashdesk.store.change import Change


class ABTestError(UserError):
    def __init__(self, message: str, field: str):
        super().__init__(message)
        self.field = field


@dataclass
class ABDraft:
    step: str = ""
    variant_a: str = "A"
    variant_b: str = "B"
    exposed_a: int = 0
    converted_a: int = 0
    exposed_b: int = 0
    converted_b: int = 0
    notes: str = ""

    @classmethod
    def of(cls, test: ABTest) -> ABDraft:
        return cls(**{key: getattr(test, key) for key in asdict(cls())})

    def result(self) -> ABResult:
        return evaluate(self.exposed_a, self.converted_a, self.exposed_b, self.converted_b,
                        self.variant_a or "A", self.variant_b or "B")


def check(draft: ABDraft) -> None:
    """Raise ABTestError for the first bad field."""
    if not draft.step.strip():
        raise ABTestError(translate("ABTest", "Name the step being tested (e.g. the invitation "
                                    "copy)."), "step")
    for key in ("exposed_a", "converted_a", "exposed_b", "converted_b"):
        value = getattr(draft, key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise ABTestError(translate("ABTest", "{value!r} is not a whole number.")
                              .format(value=value), key)
        if value < 0:
            raise ABTestError(translate("ABTest", "Counts cannot be negative ({value}).")
                              .format(value=value), key)
    for variant in ("a", "b"):
        exposed, converted = getattr(draft, f"exposed_{variant}"), getattr(draft, f"converted_{variant}")
        if converted > exposed:
            raise ABTestError(translate("ABTest", "Variant {variant}: {converted} converted but "
                                        "only {exposed} exposed; converted people are part of the "
                                        "exposed ones.").format(variant=variant.upper(),
                                                                converted=converted, exposed=exposed),
                              f"converted_{variant}")


def list_ab_tests(store: Store, campaign_id: int) -> list[ABTest]:
    with store.session() as session:
        return list(session.exec(select(ABTest).where(ABTest.campaign_id == campaign_id)
                                 .order_by(col(ABTest.id))))


def save_ab_test(store: Store, campaign_id: int, draft: ABDraft, test_id: int | None = None) -> Change:
    """Add a test (no id) or update one; `change.result` is its id."""
    with store.edit(campaign_id) as edit:
        edit.result = write_ab_test(edit.session, campaign_id, draft, test_id)
    return edit.change


def write_ab_test(session: Session, campaign_id: int, draft: ABDraft, test_id: int | None = None) -> int:
    """save_ab_test inside the caller's transaction; returns the test's id."""
    check(draft)
    test = session.get(ABTest, test_id) if test_id is not None else None
    if test_id is not None and test is None:
        raise UserError(translate("ABTest", "That A/B test no longer exists; it may have been "
                                  "deleted. Pick another test."))
    if test is None:
        test = ABTest(campaign_id=campaign_id)
        session.add(test)
    for key, value in asdict(draft).items():
        setattr(test, key, value.strip() if isinstance(value, str) else value)
    session.flush()
    return test.id


def delete_ab_test(store: Store, test_id: int) -> Change:
    with store.edit() as edit:
        test = edit.session.get(ABTest, test_id)
        if test is not None:
            edit.session.delete(test)
    return edit.change


def read_back_ab_tests(session: Session, campaign_id: int, updates: dict[int, dict],
                       additions: list[dict]) -> None:
    """Write a team workbook's A/B rows inside the caller's edit: `updates` by test id set
    only the fields given (ABDraft's), checked as a whole test; `additions` are new tests."""
    for test_id, fields in updates.items():
        test = session.get(ABTest, test_id)
        if test is None or test.campaign_id != campaign_id:
            raise UserError(translate("ABTest", "That A/B test no longer exists; it may have been "
                                      "deleted. Pick another test."))
        draft = ABDraft.of(test)
        for key, value in fields.items():
            setattr(draft, key, value)
        write_ab_test(session, campaign_id, draft, test_id)
    for fields in additions:
        write_ab_test(session, campaign_id, ABDraft(**fields))

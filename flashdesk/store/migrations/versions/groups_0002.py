"""Group SOP: the nickname-format line's example named a beauty-trade member
(「杭州-美妆-小林」), printed for every campaign; it becomes a neutral one. Only lines still
reading exactly as the playbook wrote them change: the operator's own wording stays.

Revision ID: groups_0002
Revises: groups_0001
"""
import sqlalchemy as sa
from alembic import op

revision = "groups_0002"
down_revision = "groups_0001"
branch_labels = None
depends_on = None

OLD = "城市-行业-昵称，例如「杭州-美妆-小林」，方便彼此认识。"
NEW = "城市-行业-昵称，例如「杭州-教师-小林」，方便彼此认识。"


def _reword(before: str, after: str) -> None:
    item = sa.table("setup_sop_item", sa.column("content"))
    op.execute(item.update().where(item.c.content == before).values(content=after))


def upgrade() -> None:
    _reword(OLD, NEW)


def downgrade() -> None:
    _reword(NEW, OLD)

"""a published bundle is locked: its order is what the hearing cites, so it changes only
through a re-issue that counsel open on purpose

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-11 09:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("bundle") as batch:
        batch.add_column(sa.Column("locked", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    op.execute("UPDATE bundle SET locked = true WHERE id IN "
               "(SELECT bundle_id FROM bundle_issue)")


def downgrade():
    with op.batch_alter_table("bundle") as batch:
        batch.drop_column("locked")

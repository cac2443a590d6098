"""processing that heals itself: a document's lease names its holder (worker host and
process), and the time of its last progress is kept apart from edits and heartbeats

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-09 10:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("lease_owner", sa.String(length=120), nullable=True))
        batch.add_column(sa.Column("progress_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE document SET progress_at = updated_at")


def downgrade():
    with op.batch_alter_table("document") as batch:
        batch.drop_column("progress_at")
        batch.drop_column("lease_owner")

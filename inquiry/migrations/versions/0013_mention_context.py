"""a mention keeps the words either side of it, which the learned check on listed people
reads (redaction.person_model): "in Mixenden," is a district, "Mr Mixenden" a man

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-12 09:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("mention") as batch:
        batch.add_column(sa.Column("context", sa.String(48), nullable=False,
                                   server_default=""))


def downgrade():
    with op.batch_alter_table("mention") as batch:
        batch.drop_column("context")

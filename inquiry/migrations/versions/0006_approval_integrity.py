"""approval binds what was approved; register removals take two people

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 16:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approved_fingerprint", sa.String(length=64),
                                      nullable=True))
    with op.batch_alter_table("protected_person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("removal_requested_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("removal_requested_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("removal_reason", sa.Text(), nullable=False,
                                      server_default=""))
        batch_op.create_foreign_key(
            batch_op.f("fk_protected_person_removal_requested_by_id_user"), "user",
            ["removal_requested_by_id"], ["id"])


def downgrade():
    with op.batch_alter_table("protected_person", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_protected_person_removal_requested_by_id_user"),
                                 type_="foreignkey")
        batch_op.drop_column("removal_reason")
        batch_op.drop_column("removal_requested_at")
        batch_op.drop_column("removal_requested_by_id")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_column("approved_fingerprint")

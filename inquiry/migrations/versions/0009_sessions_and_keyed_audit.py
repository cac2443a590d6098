"""server-side sessions, keyed audit entries, propagation confirmed by a second reviewer,
sign-in throttling by account and address, one-time passwords that expire

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08 10:00:00

Entries written before this revision keep their plain SHA-256 chain (``mac_version`` 1);
every new entry is keyed with the audit key (HMAC-SHA256, ``mac_version`` 2), and a plain
entry after a keyed one is reported by ``inquiry audit verify``. Strings already redacted
everywhere stay confirmed.
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # Adding a column rewrites no row, but the append-only trigger guards the table.
        op.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(sa.Column("mac_version", sa.Integer(), nullable=False,
                                   server_default="1"))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only")

    op.create_table(
        "user_session",
        sa.Column("id", sa.String(length=64), primary_key=True),  # sha256 of the token
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("end_reason", sa.String(length=32), nullable=True),
        sa.Column("ip", sa.String(length=64), nullable=True),
        sa.Column("user_agent", sa.String(length=256), nullable=True),
    )
    op.create_index("ix_user_session_user_id", "user_session", ["user_id"])
    op.create_table(
        "page_view",
        sa.Column("session_id", sa.String(length=64),
                  sa.ForeignKey("user_session.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("document_id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(length=16), primary_key=True),
        sa.Column("page", sa.Integer(), primary_key=True),
    )
    op.create_table(
        "sign_in_throttle",
        sa.Column("key", sa.String(length=64), primary_key=True),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("ip", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("blocked_until", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_sign_in_throttle_email", "sign_in_throttle", ["email"])
    with op.batch_alter_table("user") as batch:
        batch.add_column(sa.Column("one_time_password_expires_at", sa.DateTime(),
                                   nullable=True))
    with op.batch_alter_table("redacted_string") as batch:
        batch.add_column(sa.Column("status", sa.String(length=16), nullable=False,
                                   server_default="confirmed"))
        batch.add_column(sa.Column("reason", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("document_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("confirmed_by_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("confirmed_at", sa.DateTime(), nullable=True))


def downgrade():
    with op.batch_alter_table("redacted_string") as batch:
        for column in ("confirmed_at", "confirmed_by_id", "document_id", "reason", "status"):
            batch.drop_column(column)
    with op.batch_alter_table("user") as batch:
        batch.drop_column("one_time_password_expires_at")
    op.drop_index("ix_sign_in_throttle_email", table_name="sign_in_throttle")
    op.drop_table("sign_in_throttle")
    op.drop_table("page_view")
    op.drop_index("ix_user_session_user_id", table_name="user_session")
    op.drop_table("user_session")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_column("mac_version")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only")

"""Rule 9 requests and section 21 notices (with the batches that answer them), a
provider's reference on documents (from load files), hearing bundles and their issues

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-10 09:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("provider_reference", sa.String(length=120), nullable=False,
                                   server_default=""))
    op.create_table(
        "evidence_request",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("reference", sa.String(length=32), nullable=False, unique=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("recipient_kind", sa.String(length=16), nullable=False),
        sa.Column("topics", sa.Text(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_evidence_request_deadline", "evidence_request", ["deadline"])
    op.create_table(
        "request_grant",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("request_id", sa.Integer(),
                  sa.ForeignKey("evidence_request.id", ondelete="CASCADE"), nullable=False),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("request_id", "user_id"),
    )
    op.create_table(
        "request_batch",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("request_id", sa.Integer(),
                  sa.ForeignKey("evidence_request.id", ondelete="CASCADE"), nullable=False),
        sa.Column("batch_id", sa.Integer(), sa.ForeignKey("batch.id", ondelete="CASCADE"),
                  nullable=False, unique=True),
        sa.Column("linked_by_id", sa.Integer(), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("linked_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_request_batch_request", "request_batch", ["request_id"])
    op.create_table(
        "bundle",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("reference", sa.String(length=16), nullable=False, unique=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("hearing_date", sa.Date(), nullable=False),
        sa.Column("stamp_format", sa.String(length=20), nullable=False),
        sa.Column("created_by_id", sa.Integer(), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "bundle_tab",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bundle_id", sa.Integer(), sa.ForeignKey("bundle.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
    )
    op.create_table(
        "bundle_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tab_id", sa.Integer(), sa.ForeignKey("bundle_tab.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(),
                  sa.ForeignKey("document.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_table(
        "bundle_issue",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bundle_id", sa.Integer(), sa.ForeignKey("bundle.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("store_prefix", sa.String(length=300), nullable=False),
        sa.Column("contents", sa.Text(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("published_by", sa.String(length=254), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("bundle_id", "number"),
    )


def downgrade():
    op.drop_table("bundle_issue")
    op.drop_table("bundle_entry")
    op.drop_table("bundle_tab")
    op.drop_table("bundle")
    op.drop_index("ix_request_batch_request", table_name="request_batch")
    op.drop_table("request_batch")
    op.drop_table("request_grant")
    op.drop_index("ix_evidence_request_deadline", table_name="evidence_request")
    op.drop_table("evidence_request")
    with op.batch_alter_table("document") as batch:
        batch.drop_column("provider_reference")

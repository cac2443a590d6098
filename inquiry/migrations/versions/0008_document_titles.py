"""documents get their own title (file name, metadata title or first heading)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 10:00:00

Until now every file of a batch was shown under the batch's description. Existing documents
are titled from their file name; new ones are improved from their metadata or first heading
when processed.
"""
import os
import re

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _from_filename(name: str) -> str:
    """As ingest.titles.from_filename at the time of writing (a migration never imports
    code that may change)."""
    base = os.path.basename((name or "").replace("\\", "/")) or (name or "")
    stem = re.sub(r"\.(docx?|rtf|odt|pdf|xlsx?|pptx?|txt|tiff?|jpe?g|png|msg|eml|tmp)\s*$",
                  "", base, flags=re.IGNORECASE).strip()
    words = re.sub(r"\s+", " ", re.sub(r"_+", " ", stem)).strip()
    return (words or base or "Untitled")[:300]


def upgrade():
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("title", sa.String(length=300), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("title_source", sa.String(length=16), nullable=False,
                                   server_default="file"))
    document = sa.table("document", sa.column("id", sa.Integer),
                        sa.column("filename", sa.String), sa.column("title", sa.String))
    conn = op.get_bind()
    for row in conn.execute(sa.select(document.c.id, document.c.filename)).all():
        conn.execute(document.update().where(document.c.id == row.id)
                     .values(title=_from_filename(row.filename)))
    with op.batch_alter_table("document") as batch:
        batch.alter_column("title", server_default=None)
        batch.alter_column("title_source", server_default=None)


def downgrade():
    with op.batch_alter_table("document") as batch:
        batch.drop_column("title_source")
        batch.drop_column("title")

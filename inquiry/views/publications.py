"""Publishing approved documents, the published-documents list, downloads, withdrawal."""

from __future__ import annotations

import json

from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for

from inquiry.auth.policy import requires
from inquiry.extensions import limiter
from inquiry.services import publishing, review
from inquiry.views.context import current_actor
from inquiry.views.document_lookup import visible_document_or_404
from inquiry.views.forms import ConfirmForm
from inquiry.views.rate_limits import download_limit, user_key

bp = Blueprint("publications", __name__, url_prefix="/publications")


@bp.route("/")
@requires("documents.list")
def index():  # noqa: ANN201
    rows = publishing.publications(current_actor())
    return render_template("publications/index.html", publications=rows,
                           redactions={p.id: json.loads(p.redactions or "{}") for p in rows},
                           confirm=ConfirmForm())


@bp.route("/<int:publication_id>/file")
@requires("documents.download")
@limiter.limit(download_limit, key_func=user_key)
def download(publication_id: int):  # noqa: ANN201
    publication = publishing.visible_publication(publication_id, current_actor())
    if publication is None:
        abort(404)
    stream = publishing.open_published(publication, current_actor())
    return send_file(stream, mimetype="application/pdf", as_attachment=True,
                     download_name=f"{publication.urn}-published.pdf", max_age=0)


def _back(urn: str):  # noqa: ANN202
    return redirect(url_for("review.workspace_page", urn=urn,
                            page=request.form.get("page", 1, type=int)), 303)


@bp.route("/<urn>/publish", methods=["POST"])
@requires("publication.publish")
def publish(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        publishing.request_publication(document.id, current_actor(),
                                       expected_revision=request.form.get("revision", -1,
                                                                          type=int))
    except review.ReviewError as exc:
        flash(str(exc), "error")
        return _back(urn)
    flash(f"{urn} is being redacted, verified and published; this page shows the outcome "
          "when it is done.", "success")
    return _back(urn)


@bp.route("/<urn>/withdraw", methods=["POST"])
@requires("publication.withdraw")
def withdraw(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        publishing.withdraw(document.id, current_actor(),
                            expected_revision=request.form.get("revision", -1, type=int),
                            reason=request.form.get("reason", ""))
    except review.ReviewError as exc:
        flash(str(exc), "error")
        return _back(urn)
    flash(f"The publication of {urn} was withdrawn.", "success")
    return redirect(url_for("publications.index"))

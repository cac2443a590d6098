"""Documents: upload, lists with live progress, failures, the viewer, downloads."""

from __future__ import annotations

import tempfile
from pathlib import Path

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)

from inquiry.auth.policy import requires
from inquiry.extensions import limiter
from inquiry.models.document import DOCUMENT_TYPES, Status
from inquiry.services import (
    annotations,
    documents,
    intake,
    processing,
    search_index,
    searching,
    viewing,
)
from inquiry.services import metadata as metadata_service
from inquiry.views.context import current_actor, settings, user_actions
from inquiry.views.document_lookup import visible_document_or_404
from inquiry.views.forms import ConfirmForm, PasswordForm, UploadForm
from inquiry.views.rate_limits import download_limit, user_key
from inquiry.views.search_forms import MetadataForm, NoteForm, TagForm

bp = Blueprint("documents", __name__, url_prefix="/documents")

PER_PAGE = 50


@bp.route("/")
@requires("documents.list")
def index():  # noqa: ANN201
    status = request.args.get("status") or None
    if status and status not in {s.value for s in Status}:
        abort(400)
    page = request.args.get("page", 1, type=int) or 1
    if not 1 <= page <= 100_000:
        abort(400)
    rows, total = documents.list_documents(status=status, page=page, per_page=PER_PAGE,
                                           visible_to=current_actor())
    return render_template("documents/index.html", documents=rows, total=total, page=page,
                           pages=max(1, -(-total // PER_PAGE)), status=status,
                           statuses=[s.value for s in Status])


def _metadata(form, restricted: bool) -> intake.Metadata:  # noqa: ANN001 - a metadata form
    return intake.Metadata(
        provider=form.provider.data or "", author=form.author.data or "",
        document_date=form.document_date.data, received_date=form.received_date.data,
        document_type=form.document_type.data, description=form.description.data or "",
        restricted=restricted)


@bp.route("/upload", methods=["GET", "POST"])
@requires("documents.upload")
def upload():  # noqa: ANN201
    form = UploadForm()
    form.document_type.choices = list(DOCUMENT_TYPES.items())
    status = 200
    if form.validate_on_submit():
        metadata = _metadata(form, bool(form.restricted.data))
        problems = metadata.problems()
        files = [f for f in request.files.getlist(form.files.name) if f and f.filename]
        if not files:
            problems.append("Choose at least one PDF or .zip file.")
        if problems:
            for p in problems:
                flash(p, "error")
            status = 400
        else:
            actor = current_actor()
            batch_id = intake.new_batch(actor, "upload", label=metadata.provider)
            with tempfile.TemporaryDirectory(prefix="upload-") as tmp:
                incoming = []
                for i, f in enumerate(files):
                    path = Path(tmp) / f"{i:05d}"
                    f.save(path)
                    incoming.append(intake.IncomingFile(f.filename[:255], path))
                summary = intake.take_in(batch_id, incoming, metadata, actor,
                                         intake.limits_from(settings()), settings().urn_format)
            return render_template("documents/upload_result.html", summary=summary), 200
    elif request.method == "POST":
        status = 400
    return render_template("documents/upload.html", form=form), status


@bp.route("/batches/<int:batch_id>")
@requires("documents.list")
def batch(batch_id: int):  # noqa: ANN201
    progress = documents.batch_progress(batch_id)
    if progress is None:
        abort(404)
    rows, _ = documents.list_documents(batch_id=batch_id, per_page=1000,
                                       visible_to=current_actor())
    return render_template("documents/batch.html", progress=progress, documents=rows)


@bp.route("/batches/<int:batch_id>/progress.json")
@requires("documents.list")
def batch_progress(batch_id: int):  # noqa: ANN201
    progress = documents.batch_progress(batch_id)
    if progress is None:
        abort(404)
    rows, _ = documents.list_documents(batch_id=batch_id, per_page=1000,
                                       visible_to=current_actor())
    return jsonify(finished=progress.finished, counts=progress.counts,
                   pages_total=progress.pages_total, pages_done=progress.pages_done,
                   duplicates=progress.duplicates, refused=progress.refused,
                   documents=[{"urn": d.urn, "status": d.status, "pages_done": d.pages_done,
                               "page_count": d.page_count, "failure": d.failure_reason}
                              for d in rows])


@bp.route("/failed")
@requires("documents.retry")
def failed():  # noqa: ANN201
    docs, refused = documents.failures()
    return render_template("documents/failed.html", documents=docs, refused=refused,
                           confirm=ConfirmForm())


@bp.route("/<urn>/retry", methods=["POST"])
@requires("documents.retry")
def retry(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        processing.retry(document.id, current_actor())
    except ValueError as exc:
        flash(str(exc), "error")
        return redirect(url_for("documents.failed")), 303
    flash(f"{urn} is queued again.", "success")
    return redirect(url_for("documents.failed"))


@bp.route("/<urn>/password", methods=["GET", "POST"])
@requires("documents.retry")
def password(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    if document.status != Status.PASSWORD_REQUIRED:
        flash(f"{urn} does not need a password.", "info")
        return redirect(url_for("documents.view", urn=urn))
    form = PasswordForm()
    status = 200
    if form.validate_on_submit():
        try:
            intake.supply_password(document.id, form.password.data, current_actor())
        except intake.IntakeError as exc:
            flash(str(exc), "error")
            status = 400
        else:
            flash(f"Thank you: {urn} is unlocked and queued for processing.", "success")
            return redirect(url_for("documents.view", urn=urn))
    elif request.method == "POST":
        status = 400
    return render_template("documents/password.html", form=form, document=document), status


@bp.route("/<urn>")
@requires("documents.view")
def view(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    number = request.args.get("page", 1, type=int) or 1
    actor = current_actor()
    context = viewing.open_document(document, number, actor)
    if context is None:
        abort(404)
    q = (request.args.get("q") or "")[:4000]
    exact = request.args.get("exact") == "1"
    scope = "published" if request.args.get("scope") == "published" else "all"
    hits = []
    if q and context["page"] is not None and "search.use" in user_actions():
        hits = searching.page_boxes(document.id, number, q, context["words"], actor,
                                    exact=exact, scope=scope)
    search_args = {k: v for k, v in (("q", q), ("exact", "1" if exact else ""),
                                     ("scope", scope if scope != "all" else "")) if v}
    return render_template(
        "documents/view.html", **context, hits=hits, search_args=search_args,
        tags=annotations.tags_of(document.id), notes=annotations.notes_of(document.id, actor),
        tag_form=TagForm(formdata=None), note_form=NoteForm(formdata=None, page=number),
        confirm=ConfirmForm(), tag_vocabulary=annotations.tag_vocabulary(),
        page_entities=search_index.entities_on_page(document.id, number))


@bp.route("/<urn>/edit", methods=["GET", "POST"])
@requires("documents.edit")
def edit(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    form = MetadataForm(obj=document if request.method == "GET" else None)
    form.document_type.choices = list(DOCUMENT_TYPES.items())
    if request.method == "GET":
        form.version.data = str(document.version)
    status = 200
    if form.validate_on_submit():
        metadata = _metadata(form, document.restricted)
        try:
            metadata_service.update_metadata(document.id, metadata, int(form.version.data),
                                             current_actor())
        except metadata_service.MetadataError as exc:
            flash(str(exc), "error")
            status = 409 if isinstance(exc, metadata_service.StaleEdit) else 400
        else:
            flash(f"{urn} updated.", "success")
            return redirect(url_for("documents.view", urn=urn))
    elif request.method == "POST":
        status = 400
    return render_template("documents/edit.html", form=form, document=document), status


@bp.route("/<urn>/pages/<int:number>.png")
@requires("documents.view")
def page_image(urn: str, number: int):  # noqa: ANN201
    document = visible_document_or_404(urn)
    png = viewing.page_png(document, number)
    if png is None:
        abort(404)
    response = Response(png, mimetype="image/png")
    response.headers["Cache-Control"] = "private, max-age=300"
    return response


@bp.route("/<urn>/original")
@requires("documents.download")
@limiter.limit(download_limit, key_func=user_key)
def download(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    stream = viewing.download_original(document, current_actor())
    return send_file(stream, mimetype="application/pdf", as_attachment=True,
                     download_name=f"{document.urn}.pdf", max_age=0)

"""Documents: upload, lists with live progress, failures, the viewer, downloads."""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    g,
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
    access,
    annotations,
    document_list,
    documents,
    failures,
    intake,
    loadfiles,
    processing,
    requests,
    search_index,
    searching,
    viewing,
)
from inquiry.services import metadata as metadata_service
from inquiry.services import titles as title_service
from inquiry.views.context import current_actor, settings, user_actions
from inquiry.views.document_lookup import visible_document_or_404
from inquiry.views.forms import ConfirmForm, PasswordForm, UploadForm
from inquiry.views.rate_limits import (
    download_limit,
    image_refused,
    page_image_limit,
    user_key,
)
from inquiry.views.search_forms import MetadataForm, NoteForm, TagForm

bp = Blueprint("documents", __name__, url_prefix="/documents")


@bp.route("/")
@requires("documents.list")
def index():  # noqa: ANN201
    """The documents list: filters, sorting and paging in the query string, so a view can
    be bookmarked; progress refreshes in place (static/js/progress.js)."""
    actor = current_actor()
    q, problems = _list_query(request.args)
    if problems:
        for problem in problems:
            flash(problem, "error")
        q = document_list.ListQuery()
    rows, total = document_list.list_documents(q, actor)
    pages = max(1, -(-total // q.per_page))
    return render_template(
        "documents/index.html", documents=rows, total=total, q=q, pages=pages,
        progress=document_list.progress_of(rows), statuses=document_list.STATUS_LABELS,
        sorts=document_list.SORT_LABELS, types=DOCUMENT_TYPES,
        choices=document_list.filter_choices(actor),
        batches=document_list.batch_summaries(actor, active_only=True),
        args=_list_args(q), confirm=ConfirmForm()), 400 if problems else 200


def _list_query(args) -> tuple[document_list.ListQuery, list[str]]:  # noqa: ANN001 - MultiDict
    problems = []
    batch = (args.get("batch") or "").strip()
    if batch and not batch.isdigit():
        problems.append("A batch is chosen by its number.")
        batch = ""
    try:
        page = int(args.get("page") or 1)
        per_page = int(args.get("per_page") or 50)
    except ValueError:
        problems.append("Page numbers are whole numbers.")
        page, per_page = 1, 50
    q = document_list.ListQuery(
        status=(args.get("status") or "").strip(), provider=(args.get("provider") or "")[:200],
        document_type=(args.get("type") or "").strip(), batch_id=int(batch) if batch else None,
        restricted=(args.get("restricted") or "").strip(),
        sort=(args.get("sort") or "received").strip(), descending=args.get("dir") != "asc",
        page=page, per_page=per_page)
    return q, problems + q.problems()


def _list_args(q: document_list.ListQuery) -> dict[str, object]:
    """The query string of the current view, for sort and paging links."""
    out = {"status": q.status, "provider": q.provider, "type": q.document_type,
           "batch": q.batch_id or "", "restricted": q.restricted, "sort": q.sort,
           "dir": "desc" if q.descending else "asc",
           "per_page": q.per_page if q.per_page != 50 else ""}
    return {k: v for k, v in out.items() if v not in ("", None)}


@bp.route("/progress.json")
@requires("documents.list")
def progress():  # noqa: ANN201
    """Progress of the documents named (``urn``, repeated, up to 200) and of the caller's
    batches still in progress (``batch``, repeated), for the lists to update in place.
    Documents and batches the caller may not see are left out, as if they did not exist."""
    actor = current_actor()
    urns = request.args.getlist("urn")[:200]
    try:
        batch_ids = [int(b) for b in request.args.getlist("batch")[:50]]
    except ValueError:
        return jsonify(error="Batches are named by number."), 400
    docs = document_list.visible_by_urns([u[:32] for u in urns], actor)
    batches = document_list.batch_summaries(actor, batch_ids=batch_ids) if batch_ids else []
    response = jsonify(
        documents={urn: p.to_json() for urn, p in document_list.progress_of(docs).items()},
        batches=[b.to_json() for b in batches])
    response.headers["Cache-Control"] = "no-store"
    return response


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
    actor = current_actor()
    form.answers_request.choices = [("", "None")] + [
        (r.reference, f"{r.reference}: {r.recipient}") for r in requests.open_requests(actor)]
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
            with intake.scratch_dir("upload-") as tmp:
                incoming = []
                for i, f in enumerate(files):
                    path = tmp / f"{i:05d}"
                    f.save(path)
                    incoming.append(intake.IncomingFile(f.filename[:255], path))
                per_file, background = None, True
                load = form.load_file.data
                if load and getattr(load, "filename", ""):
                    load_path = tmp / "load-file"
                    load.save(load_path)
                    checked = loadfiles.check(load_path, load.filename[:255], incoming, metadata)
                    if checked.problems:  # nothing stored: every mismatch listed at once
                        flash(f"The load file does not match the files ({len(checked.problems)}"
                              " problems); nothing was stored.", "error")
                        return render_template("documents/upload.html", form=form,
                                               load_problems=checked.problems), 400
                    per_file, background = checked.per_file, False
                batch_id = intake.new_batch(actor, "upload", label=metadata.provider)
                summary = intake.take_in(batch_id, incoming, metadata, actor,
                                         intake.limits_from(settings(), background=background),
                                         settings().urn_format, per_file=per_file)
            if form.answers_request.data:
                try:
                    requests.link_batch(form.answers_request.data, batch_id, actor,
                                        batch_visible=document_list.batch_visible)
                    flash(f"Batch {batch_id} recorded as answering "
                          f"{form.answers_request.data}.", "success")
                except requests.RequestError as exc:
                    flash(str(exc), "error")
            if summary.deferred:  # large archives are being expanded by a worker
                flash(f"{', '.join(summary.deferred)}: being unpacked; the files appear "
                      "here as they are taken in.", "info")
                return redirect(url_for("documents.batch", batch_id=batch_id))
            return render_template(
                "documents/upload_result.html", summary=summary,
                visible=access.visible_urns([u for _n, u in summary.duplicates], actor)), 200
    elif request.method == "POST":
        status = 400
    return render_template("documents/upload.html", form=form), status


@bp.route("/batches/<int:batch_id>")
@requires("documents.list")
def batch(batch_id: int):  # noqa: ANN201
    actor = current_actor()
    if not document_list.batch_visible(batch_id, actor):
        abort(404)
    progress = documents.batch_progress(batch_id, visible_to=actor)
    q = document_list.ListQuery(batch_id=batch_id, sort="urn", descending=False,
                                per_page=document_list.MAX_PER_PAGE)
    rows, total = document_list.list_documents(q, actor)
    summary = document_list.batch_summaries(actor, batch_ids=[batch_id])
    originals = access.visible_urns([p.existing_urn or "" for p in progress.batch.problems],
                                    actor)
    return render_template("documents/batch.html", progress=progress, documents=rows,
                           total=total, summary=summary[0] if summary else None,
                           doc_progress=document_list.progress_of(rows), originals=originals,
                           max_rows=q.per_page)


@bp.route("/batches/<int:batch_id>/progress.json")
@requires("documents.list")
def batch_progress(batch_id: int):  # noqa: ANN201
    actor = current_actor()
    if not document_list.batch_visible(batch_id, actor):
        abort(404)
    progress = documents.batch_progress(batch_id, visible_to=actor)
    q = document_list.ListQuery(batch_id=batch_id, sort="urn", descending=False,
                                per_page=document_list.MAX_PER_PAGE)
    rows, _ = document_list.list_documents(q, actor)
    steps = document_list.progress_of(rows)
    response = jsonify(finished=progress.finished, counts=progress.counts,
                       pages_total=progress.pages_total, pages_done=progress.pages_done,
                       duplicates=progress.duplicates, refused=progress.refused,
                       unpacking=progress.unpacking,
                       documents=[{"urn": d.urn, "status": d.status, "pages_done": d.pages_done,
                                   "page_count": d.page_count, "failure": d.failure_reason,
                                   "words": steps[d.urn].words} for d in rows])
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/failed")
@requires("documents.retry")
def failed():  # noqa: ANN201
    return render_template("documents/failed.html",
                           failures=failures.failures_for(current_actor()),
                           confirm=ConfirmForm())


@bp.route("/<urn>/retry", methods=["POST"])
@requires("documents.retry")
def retry(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    advice = failures.advice_for(document)
    if document.status == Status.FAILED and advice.permanent:
        flash(f"{urn} cannot succeed on another attempt. {advice.ask}", "error")
        return redirect(url_for("documents.failed")), 303
    try:
        processing.retry(document.id, current_actor())
    except ValueError as exc:
        flash(str(exc), "error")
        return redirect(url_for("documents.failed")), 303
    flash(f"{urn} is queued again.", "success")
    return redirect(url_for("documents.failed"))


@bp.route("/titles", methods=["GET", "POST"])
@requires("documents.edit")
def titles():  # noqa: ANN201
    """Several documents' titles at once: chosen on the documents list (GET with ``urn``),
    saved here (POST, one ``title-<URN>`` field each)."""
    actor = current_actor()
    form = ConfirmForm()
    if request.method == "POST":
        if not form.validate_on_submit():
            abort(400)
        wanted = {k.removeprefix("title-")[:32]: v[:2000] for k, v in request.form.items()
                  if k.startswith("title-")}
        if not wanted:
            flash("Choose at least one document.", "error")
            return redirect(url_for("documents.index")), 303
        result = title_service.set_titles(wanted, actor)
        for problem in result.problems:
            flash(problem, "error")
        if result.changed:
            flash(f"Titles saved for {len(result.changed)} document"
                  f"{'' if len(result.changed) == 1 else 's'}: {', '.join(result.changed)}.",
                  "success")
        elif not result.problems:
            flash("No title was changed.", "info")
        if result.problems:
            docs = document_list.visible_by_urns(list(wanted), actor)
            return render_template("documents/titles.html", documents=docs, form=form,
                                   entered=wanted), 400
        return redirect(url_for("documents.index"))
    urns = request.args.getlist("urn")[:document_list.MAX_PER_PAGE]
    docs = sorted(document_list.visible_by_urns([u[:32] for u in urns], actor),
                  key=lambda d: d.id)
    if not docs:
        flash("Tick the documents whose titles you want to set, then choose Set titles.",
              "error")
        return redirect(url_for("documents.index")), 303
    return render_template("documents/titles.html", documents=docs, form=form, entered={})


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
            if request.form.get("back") == "failures":
                return redirect(url_for("documents.failed"))
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
    hits: list | None = []
    if q and context["page"] is not None and "search.use" in user_actions():
        hits = searching.page_boxes(document.id, number, q, context["words"], actor,
                                    exact=exact, scope=scope)
    search_unavailable = hits is None
    search_args = {k: v for k, v in (("q", q), ("exact", "1" if exact else ""),
                                     ("scope", scope if scope != "all" else "")) if v}
    return render_template(
        "documents/view.html", **context, hits=hits or [], search_args=search_args,
        search_unavailable=search_unavailable,
        tags=annotations.tags_of(document.id), notes=annotations.notes_of(document.id, actor),
        tag_form=TagForm(formdata=None), note_form=NoteForm(formdata=None, page=number),
        confirm=ConfirmForm(), tag_vocabulary=annotations.tag_vocabulary(actor),
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
@limiter.limit(page_image_limit, key_func=user_key, on_breach=image_refused)
def page_image(urn: str, number: int):  # noqa: ANN201
    document = visible_document_or_404(urn)
    png = viewing.page_png(document, number)
    if png is None:
        abort(404)
    viewing.record_page_view(document, number, "page_image", current_actor(),
                             g.get("session_id"))
    response = Response(png, mimetype="image/png")
    response.headers["Cache-Control"] = "no-store"  # evidence: never kept by a cache
    return response


@bp.route("/<urn>/original")
@requires("documents.download")
@limiter.limit(download_limit, key_func=user_key)
def download(urn: str):  # noqa: ANN201
    document = visible_document_or_404(urn)
    stream = viewing.download_original(document, current_actor())
    return send_file(stream, mimetype="application/pdf", as_attachment=True,
                     download_name=f"{document.urn}.pdf", max_age=0)

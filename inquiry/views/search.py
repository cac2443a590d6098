"""Search for counsel: results with facets, help, CSV export, batch search, saved searches
and history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from urllib.parse import quote

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from werkzeug.datastructures import MultiDict

from inquiry.auth.policy import requires
from inquiry.extensions import limiter
from inquiry.models.document import DOCUMENT_TYPES, REVIEW_STATUSES
from inquiry.services import searching
from inquiry.services.searching import EXAMPLES, HELP, QuerySyntaxError, SearchError
from inquiry.views.context import current_actor
from inquiry.views.forms import ConfirmForm
from inquiry.views.rate_limits import download_limit, search_limit, user_key
from inquiry.views.search_forms import BatchSearchForm, SaveSearchForm
from inquiry.views.search_params import (
    FACET_LABELS,
    SORT_LABELS,
    facet_links,
    from_args,
    query_string,
    state,
)

bp = Blueprint("search", __name__, url_prefix="/search")

MAX_BATCH_FILE_BYTES = 2 * 1024 * 1024
ENTITY_KINDS = {"persons": "person", "places": "place", "agencies": "agency"}
PATH_SAFE = "!$&'()*+,/:;=@"  # what werkzeug leaves unquoted in a path (its to_url)


def _labels() -> dict[str, dict[str, str]]:
    return {"document_type": DOCUMENT_TYPES, "review_status": REVIEW_STATUSES}


@bp.route("/")
@requires("search.use")
@limiter.limit(search_limit, key_func=user_key)
def index():  # noqa: ANN201
    args = request.args
    pairs = state(args)
    context = {"q": args.get("q", ""), "exact": args.get("exact") == "1",
               "scope": args.get("scope") or "all", "sort": args.get("sort") or "relevance",
               "sorts": SORT_LABELS, "facet_labels": FACET_LABELS, "results": None,
               "error": None, "pointer": None, "facets": {}, "state_query": query_string(pairs),
               "save_form": SaveSearchForm(formdata=None, q=args.get("q", ""),
                                           params=query_string(pairs)),
               "labels": _labels(), "entity_kinds": ENTITY_KINDS,
               "date_from": args.get("date_from", ""), "date_to": args.get("date_to", ""),
               "search_url": url_for("search.index"), "hit_query": _hit_query(args),
               "entity_href": _entity_href()}
    if not pairs:  # the empty form
        return render_template("search/index.html", **context)
    try:
        search_request = from_args(args)
        results = searching.run(search_request, current_actor(), query_string(pairs))
    except QuerySyntaxError as exc:
        context.update(error=exc.message, pointer=exc.pointer(), position=exc.position)
        return render_template("search/index.html", **context), 400
    except SearchError as exc:
        context["error"] = str(exc)
        code = 503 if isinstance(exc, searching.SearchUnavailable) else 400
        return render_template("search/index.html", **context), code
    context.update(results=results, facets=facet_links(args, results.facets, _labels()))
    return render_template("search/index.html", **context)


def _hit_query(args: MultiDict) -> str:
    """What every link to a hit carries after its page number (the query, exact mode,
    scope), made once: a result page has ~60 such links, and ``url_for`` for each cost
    ~4 ms a search."""
    scope = args.get("scope") or "all"
    pairs = [("q", args.get("q") or None), ("exact", "1" if args.get("exact") == "1" else None),
             ("scope", scope if scope != "all" else None)]
    kept = [(k, v) for k, v in pairs if v is not None]
    return "&" + query_string(kept) if kept else ""


def _entity_href() -> Callable[[str, str], str]:
    """Links to entity pages for the facets (~60 a page), each the route's prefix and the
    name quoted as ``url_for`` quotes a path, without ``url_for``'s cost for each."""
    prefixes = {kind: url_for("entities.show", kind=kind, name="-")[:-1]
                for kind in ENTITY_KINDS.values()}
    return lambda kind, name: prefixes[kind] + quote(name, safe=PATH_SAFE)


@bp.route("/help")
@requires("search.use")
def help_page():  # noqa: ANN201
    return render_template("search/help.html", help_text=HELP, examples=EXAMPLES)


@bp.route("/export.csv")
@requires("search.export")
@limiter.limit(download_limit, key_func=user_key)
def export():  # noqa: ANN201
    try:
        search_request = from_args(request.args)
        lines = searching.export_csv(search_request, current_actor())
    except QuerySyntaxError as exc:
        flash(f"The search could not be exported: {exc}", "error")
        return _back_to_results()
    except SearchError as exc:
        flash(str(exc), "error")
        return _back_to_results()
    name = f"search-{date.today().isoformat()}.csv"
    # Streamed without the request context: the rows come from Elasticsearch alone.
    return Response(lines, mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _back_to_results():  # noqa: ANN202
    return redirect(url_for("search.index") + "?" + query_string(state(request.args)), 303)


@bp.route("/batch", methods=["GET", "POST"])
@requires("search.use")
@limiter.limit(search_limit, key_func=user_key, methods=["POST"])
def batch():  # noqa: ANN201
    form = BatchSearchForm()
    counts, status = None, 200
    if form.validate_on_submit():
        try:
            text = form.terms.data or ""
            upload = form.file.data
            if upload and getattr(upload, "filename", ""):
                raw = upload.read(MAX_BATCH_FILE_BYTES + 1)
                if len(raw) > MAX_BATCH_FILE_BYTES:
                    raise SearchError("The file is larger than 2 MB; split the list.")
                try:
                    text = raw.decode("utf-8-sig")
                except UnicodeDecodeError:
                    raise SearchError("The file is not UTF-8 text; save it as plain text "
                                      "or CSV (UTF-8) and try again.") from None
                text = "\n".join(line.split(",")[0].strip().strip('"')
                                 for line in text.splitlines())
            terms = searching.parse_terms(text)
            counts = searching.batch(terms, current_actor(), exact=form.exact.data,
                                     scope="published" if form.published.data else "all")
        except SearchError as exc:
            flash(str(exc), "error")
            status = 503 if isinstance(exc, searching.SearchUnavailable) else 400
        else:
            if form.download.data:
                return Response(searching.batch_csv(counts), mimetype="text/csv", headers={
                    "Content-Disposition":
                        f'attachment; filename="batch-search-{date.today().isoformat()}.csv"'})
    elif request.method == "POST":
        status = 400
        flash("The form could not be read; please try again.", "error")
    return render_template("search/batch.html", form=form, counts=counts), status


@bp.route("/saved")
@requires("search.use")
def saved():  # noqa: ANN201
    return render_template("search/saved.html", saved=searching.saved_searches(current_actor()),
                           confirm=ConfirmForm())


@bp.route("/saved", methods=["POST"])
@requires("search.use")
def save():  # noqa: ANN201
    form = SaveSearchForm()
    if not form.validate_on_submit():
        flash("Give the saved search a name.", "error")
        return redirect(url_for("search.index") + "?" + (form.params.data or "")), 303
    try:
        searching.save(current_actor(), form.name.data, form.q.data or "",
                       form.params.data or "")
    except QuerySyntaxError as exc:
        flash(f"That search has a mistake, so it was not saved: {exc}", "error")
        return redirect(url_for("search.index") + "?" + (form.params.data or "")), 303
    except SearchError as exc:
        flash(str(exc), "error")
        return redirect(url_for("search.index") + "?" + (form.params.data or "")), 303
    flash(f"Saved as {form.name.data!r}.", "success")
    return redirect(url_for("search.saved"))


@bp.route("/saved/<int:saved_id>/delete", methods=["POST"])
@requires("search.use")
def delete_saved(saved_id: int):  # noqa: ANN201
    if not ConfirmForm().validate_on_submit():
        abort(400)
    if not searching.delete_saved(current_actor(), saved_id):
        abort(404)
    flash("Saved search deleted.", "success")
    return redirect(url_for("search.saved"))


@bp.route("/history")
@requires("search.use")
def history():  # noqa: ANN201
    return render_template("search/history.html", history=searching.history(current_actor()))

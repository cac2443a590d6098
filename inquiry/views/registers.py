"""The protected-persons register and the keep list (admins and reviewers)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from inquiry.auth.policy import requires
from inquiry.services import audit, registers
from inquiry.views.context import current_actor
from inquiry.views.forms import ConfirmForm, KeepListForm, PersonForm, RegisterImportForm

bp = Blueprint("registers", __name__, url_prefix="/registers")


def _with_upload(file_storage, action):  # noqa: ANN001, ANN202
    with tempfile.TemporaryDirectory(prefix="register-") as tmp:
        path = Path(tmp) / "upload"
        file_storage.save(path)
        return action(path, Path(file_storage.filename or "upload").name[:120])


@bp.route("/persons", methods=["GET", "POST"])
@requires("registers.manage")
def persons():  # noqa: ANN201
    form, upload = PersonForm(prefix="person"), RegisterImportForm(prefix="import")
    status = 200
    if request.method == "POST":
        try:
            if "person-submit" in request.form and form.validate_on_submit():
                aliases = (form.aliases.data or "").split("|")
                registers.add_person(form.cipher.data, form.full_name.data, aliases,
                                     form.date_of_birth.data, current_actor())
                flash(f"{form.cipher.data.strip()} added to the register.", "success")
                return redirect(url_for("registers.persons"))
            if "import-submit" in request.form and upload.validate_on_submit():
                count = _with_upload(upload.file.data, lambda path, name: registers.
                                     import_register(path, name, current_actor()))
                flash(f"{count} people imported into the register.", "success")
                return redirect(url_for("registers.persons"))
            status = 400
        except registers.RegisterProblem as exc:
            for problem in exc.problems:
                flash(problem, "error")
            status = 400
    rows = registers.persons()
    audit.record("register.view", current_actor(), target_type="register",
                 details={"persons": len(rows)})
    return render_template("registers/persons.html", persons=rows, form=form, upload=upload,
                           confirm=ConfirmForm()), status


@bp.route("/persons/<int:person_id>/remove", methods=["POST"])
@requires("registers.manage")
def remove(person_id: int):  # noqa: ANN201
    """Ask for a removal (with a reason), confirm someone else's request, or cancel it."""
    if not ConfirmForm().validate_on_submit():
        abort(400)
    step = request.form.get("step", "request")
    try:
        if step == "confirm":
            cipher = registers.confirm_removal(person_id, current_actor())
            flash(f"{cipher} was removed from the register.", "success")
        elif step == "cancel":
            registers.cancel_removal(person_id, current_actor())
            flash("The removal request was cancelled.", "success")
        else:
            person = registers.request_removal(person_id, current_actor(),
                                               request.form.get("reason", ""))
            flash(f"Removal of {person.cipher} requested; a second person must confirm it. "
                  "Until then they stay on the register.", "success")
    except registers.RegisterProblem as exc:
        for problem in exc.problems:
            flash(problem, "error")
        return redirect(url_for("registers.persons")), 303
    return redirect(url_for("registers.persons"), 303)


@bp.route("/keep", methods=["GET", "POST"])
@requires("registers.manage")
def keep():  # noqa: ANN201
    form = KeepListForm()
    status = 200
    if request.method == "GET":
        form.names.data = "\n".join(registers.keep_names())
    elif form.validate_on_submit():
        try:
            if form.file.data and form.file.data.filename:
                warnings = _with_upload(form.file.data, lambda path, name: registers.
                                        import_keep_list(path, name, current_actor()))
            else:
                warnings = registers.replace_keep_list((form.names.data or "").splitlines(),
                                                       current_actor())
        except registers.RegisterProblem as exc:
            for problem in exc.problems:
                flash(problem, "error")
            status = 400
        else:
            for warning in warnings:
                flash(warning, "info")
            flash("The keep list is saved.", "success")
            return redirect(url_for("registers.keep"))
    else:
        status = 400
    return render_template("registers/keep.html", form=form,
                           count=len(registers.keep_names())), status

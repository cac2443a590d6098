"""Flask-WTF forms: CSRF tokens and length limits on every field."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    MultipleFileField,
    PasswordField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
    widgets,
)
from wtforms.validators import DataRequired, EqualTo, Length, Optional

from inquiry.models import ROLES


class SignInForm(FlaskForm):
    email = EmailField("Email address", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=256)])
    submit = SubmitField("Sign in")


class ChangePasswordForm(FlaskForm):
    current_password = PasswordField("Current password",
                                     validators=[DataRequired(), Length(max=256)])
    new_password = PasswordField("New password", validators=[DataRequired(), Length(max=256)])
    confirm_password = PasswordField(
        "Repeat the new password",
        validators=[DataRequired(), EqualTo("new_password", "The two new passwords differ.")])
    submit = SubmitField("Change password")


class MultiCheckboxField(SelectMultipleField):
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


def _role_choices() -> list[tuple[str, str]]:
    return [(r, r.capitalize()) for r in ROLES]


class UserCreateForm(FlaskForm):
    email = EmailField("Email address", validators=[DataRequired(), Length(max=254)])
    display_name = StringField("Name", validators=[Optional(), Length(max=120)])
    roles = MultiCheckboxField("Roles", choices=_role_choices(),
                               validators=[DataRequired("Choose at least one role.")])
    submit = SubmitField("Create account")


class UserEditForm(FlaskForm):
    display_name = StringField("Name", validators=[DataRequired(), Length(max=120)])
    roles = MultiCheckboxField("Roles", choices=_role_choices(),
                               validators=[DataRequired("Choose at least one role.")])
    active = BooleanField("Account active")
    submit = SubmitField("Save changes")


class UploadForm(FlaskForm):
    files = MultipleFileField("PDF files or .zip archives of PDFs",
                              validators=[DataRequired("Choose at least one file.")])
    provider = StringField("Providing organisation or person",
                           validators=[DataRequired(), Length(max=200)])
    author = StringField("Author or witness", validators=[Optional(), Length(max=200)])
    document_date = DateField("Document date", validators=[Optional()])
    received_date = DateField("Date received", validators=[Optional()])
    document_type = SelectField("Document type", validators=[DataRequired()])
    description = TextAreaField("Description", validators=[Optional(), Length(max=10_000)])
    restricted = BooleanField("Restricted: only people granted access may see these")
    load_file = FileField("Load file (optional): CSV or Excel .xlsx, one row per file",
                          validators=[Optional()])
    answers_request = SelectField(
        "In answer to request (optional)", validators=[Optional()], default="",
        invalid_choice_message="There is no open request by that reference that you may see "
        "(it may have been withdrawn): choose one from the list, or None. Nothing was stored.")
    submit = SubmitField("Upload")


class PasswordForm(FlaskForm):
    password = PasswordField("The document's password",
                             validators=[DataRequired(), Length(max=1024)])
    submit = SubmitField("Unlock")


class PersonForm(FlaskForm):
    cipher = StringField("Cipher", validators=[DataRequired(), Length(max=64)])
    full_name = StringField("Full name", validators=[DataRequired(), Length(max=300)])
    aliases = StringField("Aliases and nicknames, separated by |",
                          validators=[Optional(), Length(max=2000)])
    date_of_birth = DateField("Date of birth", validators=[Optional()])
    submit = SubmitField("Add to the register")


class RegisterImportForm(FlaskForm):
    file = FileField("CSV with columns cipher,full_name,aliases,date_of_birth",
                     validators=[FileRequired("Choose a CSV file.")])
    submit = SubmitField("Import")


class KeepListForm(FlaskForm):
    names = TextAreaField("Names, one per line", validators=[Optional(), Length(max=200_000)])
    file = FileField("Or import a text file, one name per line", validators=[Optional()])
    submit = SubmitField("Save the keep list")


class ConfirmForm(FlaskForm):
    """A bare form for POST-only buttons: it exists for its CSRF token."""

    submit = SubmitField("Confirm")


class AuditFilterForm(FlaskForm):
    class Meta:
        csrf = False  # a GET filter: it changes nothing

    actor = StringField("Who", validators=[Optional(), Length(max=254)])
    action = SelectField("Action", validators=[Optional()], validate_choice=False)
    target_type = StringField("Target type", validators=[Optional(), Length(max=64)])
    target_id = StringField("Target id", validators=[Optional(), Length(max=128)])
    since = DateField("From", validators=[Optional()])
    until = DateField("To (inclusive)", validators=[Optional()])

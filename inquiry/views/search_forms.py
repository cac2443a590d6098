"""Forms of the search, counsel's tools, document access and entity merges."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    DateField,
    HiddenField,
    IntegerField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional


class SaveSearchForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=120)])
    q = HiddenField(validators=[Optional(), Length(max=4000)])
    params = HiddenField(validators=[Optional(), Length(max=4000)])
    submit = SubmitField("Save this search")


class BatchSearchForm(FlaskForm):
    terms = TextAreaField("Names or terms, one per line (each may use the query language)",
                          validators=[Optional(), Length(max=500_000)])
    file = FileField("Or upload a text or CSV file, one term per line",
                     validators=[Optional()])
    exact = BooleanField("Exact words only")
    published = BooleanField("Published documents only")
    show = SubmitField("Count hits")
    download = SubmitField("Download CSV")


class TagForm(FlaskForm):
    name = StringField("Tag", validators=[DataRequired(), Length(max=64)])
    submit = SubmitField("Add tag")


class NoteForm(FlaskForm):
    body = TextAreaField("Note (only you can see it)",
                         validators=[DataRequired(), Length(max=20_000)])
    page = IntegerField("Page", validators=[Optional(), NumberRange(min=1)])
    submit = SubmitField("Save note")


class GrantForm(FlaskForm):
    email = StringField("Email address of the user to grant",
                        validators=[DataRequired(), Length(max=254)])
    submit = SubmitField("Grant access")


class RestrictForm(FlaskForm):
    restricted = BooleanField("Restricted: only users granted access may see it")
    submit = SubmitField("Save")


class MergeForm(FlaskForm):
    kind = SelectField("Kind", choices=[("person", "Person"), ("place", "Place"),
                                        ("agency", "Agency")])
    duplicate = StringField("Duplicate name (merged away)",
                            validators=[DataRequired(), Length(max=300)])
    canonical = StringField("Name to keep", validators=[DataRequired(), Length(max=300)])
    submit = SubmitField("Merge")


class MetadataForm(FlaskForm):
    version = HiddenField(validators=[DataRequired()])
    provider = StringField("Providing organisation or person",
                           validators=[Optional(), Length(max=200)])
    author = StringField("Author or witness", validators=[Optional(), Length(max=200)])
    document_date = DateField("Document date", validators=[Optional()])
    received_date = DateField("Date received", validators=[Optional()])
    document_type = SelectField("Document type", validators=[DataRequired()])
    description = TextAreaField("Description", validators=[Optional(), Length(max=10_000)])
    submit = SubmitField("Save changes")

"""Forms of the request register and hearing bundles: CSRF tokens, length limits."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    IntegerField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from inquiry.models.hearing import RECIPIENT_KINDS, REQUEST_KINDS, REQUEST_STATUSES, STAMP_FORMATS


class RequestForm(FlaskForm):
    kind = SelectField("Kind", choices=list(REQUEST_KINDS.items()), validators=[DataRequired()])
    recipient = StringField("Recipient (organisation or person)",
                            validators=[DataRequired(), Length(max=200)])
    recipient_kind = SelectField("The recipient is", choices=list(RECIPIENT_KINDS.items()),
                                 validators=[DataRequired()])
    topics = TextAreaField("Topics", validators=[Optional(), Length(max=10_000)])
    sent_on = DateField("Date sent", validators=[DataRequired("Give the date sent.")])
    deadline = DateField("Deadline", validators=[DataRequired("Give the deadline.")])
    restricted = BooleanField("Restricted: only people granted access may see this request "
                              "(always so when the recipient is a person)")
    notes = TextAreaField("Notes", validators=[Optional(), Length(max=10_000)])
    submit = SubmitField("Record the request")


class RequestStatusForm(FlaskForm):
    status = SelectField("Status", choices=list(REQUEST_STATUSES.items()),
                         validators=[DataRequired()])
    submit = SubmitField("Set status")


class LinkBatchForm(FlaskForm):
    batch = IntegerField("Batch number", validators=[DataRequired("Give a batch number."),
                                                     NumberRange(min=1, max=2**31 - 1)])
    submit = SubmitField("Record the batch as an answer")


class RequestGrantForm(FlaskForm):
    email = StringField("Let another user see this request (e-mail)",
                        validators=[DataRequired(), Length(max=254)])
    submit = SubmitField("Grant access")


class BundleForm(FlaskForm):
    reference = StringField("Bundle reference (A, B2, DAY-3)",
                            validators=[DataRequired(), Length(max=16)])
    title = StringField("Title", validators=[DataRequired(), Length(max=200)])
    hearing_date = DateField("Hearing date", validators=[DataRequired("Give the hearing date.")])
    stamp_format = SelectField("Page stamps", choices=list(STAMP_FORMATS.items()),
                               validators=[DataRequired()])
    submit = SubmitField("Create the bundle")


class TabForm(FlaskForm):
    title = StringField("Tab title", validators=[DataRequired(), Length(max=200)])
    submit = SubmitField("Add tab")


class AddDocumentForm(FlaskForm):
    tab = SelectField("Tab", coerce=int, validators=[DataRequired()])
    urn = StringField("URN of a published document", validators=[DataRequired(),
                                                                 Length(max=32)])
    submit = SubmitField("Add document")


class MoveForm(FlaskForm):
    """Up or down: the buttons of a row submit ``direction`` with the CSRF token."""

    direction = SelectField("Move", choices=[("up", "Up"), ("down", "Down")],
                            validators=[DataRequired()],
                            invalid_choice_message="Move it up or down.")

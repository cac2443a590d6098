"""Twelfth held-out redaction evaluation part (see ../FORMAT.md): scored only at the end."""

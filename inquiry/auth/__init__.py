"""Sign-in, roles and the permission policy."""

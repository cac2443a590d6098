"""Settings: defaults here, every one overridable by an ``INQUIRY_*`` environment variable.

Imports nothing of the project (see shared/ARCHITECTURE.md).
"""

from config.settings import Settings, SettingsError, load_settings

__all__ = ["Settings", "SettingsError", "load_settings"]

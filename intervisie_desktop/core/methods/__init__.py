"""Methods: built-in catalogue (resources/methods/*.toml) and user copies, as MethodDef values."""

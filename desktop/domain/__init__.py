"""Plain records, enumerations and rules of child-protection casework; no Qt, no SQL."""

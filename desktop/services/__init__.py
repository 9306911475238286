"""Use cases the UI and the command line call; they return plain data, never ORM rows."""

"""The city server: API, auth, storage, change log and statistics for every commune."""

"""Encrypted local storage: SQLCipher engine, keys, schema, migrations, repositories, capture."""

"""The encrypted store: SQLCipher engine, key slots, keyring binding, models, migrations."""

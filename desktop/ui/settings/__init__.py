"""Settings: language, data folder, auto-lock, server address, and the officers of the register."""

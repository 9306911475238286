"""The unlock screen: choose the officer, type the password, open the register."""

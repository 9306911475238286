"""Statistics and spreadsheet export over the register."""

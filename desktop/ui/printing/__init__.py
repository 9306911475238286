"""Preview, print and save official documents as PDF."""

"""Official documents in the Decree 30/2020 layout, drawn with ReportLab from plain data."""

"""Document writers and readers (PDF, .ics, .eml, CSV/XLSX) over plain data from services — no Qt."""

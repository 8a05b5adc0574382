"""Document writers and readers (PDF, .ics, .eml, CSV/XLSX) over plain service data — no Qt."""

"""The Documents menu: exporting PDFs and Word files, attendee lists."""

"""The page of one workshop: overview, agenda, attendees (and importing them)."""

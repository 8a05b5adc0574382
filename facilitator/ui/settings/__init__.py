"""Settings: language and the branding of the documents."""

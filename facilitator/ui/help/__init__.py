"""The user manual's window, opened with F1 on the page for the screen shown."""

"""The page of a series, the sidebar's tree and the series' indicators."""

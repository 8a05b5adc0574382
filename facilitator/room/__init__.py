"""The room on their phones, served by the moderator's laptop: no internet, no app, no account.

``app`` (the web application: the page, its JSON, Server-Sent Events), ``present`` (the
view as JSON, labelled in the phone's language), ``limits`` (rate limits, capped
bodies), ``server`` (listening on one address, on a thread beside the window or in
the foreground). Qt-free; it writes through the services like the window does.
"""

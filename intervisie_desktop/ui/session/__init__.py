"""Session mode: the audience view on the projector and the presenter view on the laptop.

Start it with `start.start_session_mode`; the package itself imports nothing, so the main
window can offer session mode without loading its screens at start-up."""

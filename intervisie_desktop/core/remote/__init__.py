"""The phone remote's logic without a screen: pairing and tokens, the request gate (Host,
Origin, rate), what the page may be told of a session (projector fields only) and the commands
it may send."""

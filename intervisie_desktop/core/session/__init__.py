"""The live session: plan, runner (state machine with an injected clock), store, reports."""

"""Keys of the built-in methods and meeting blocks the demo uses (files in resources/methods)."""

DEMO_METHODS = ["incident", "balint_group", "gossip", "five_steps", "ten_steps", "socratic"]
BALINT_METHOD = "balint_group"
MEETING_BLOCKS_BEFORE = ["block.opening", "block.follow_up", "block.inventory"]
MEETING_BLOCKS_AFTER = ["block.evaluation", "block.closing"]

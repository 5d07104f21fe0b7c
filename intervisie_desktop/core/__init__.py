"""Everything that works without a screen: models, database, services, session engine."""

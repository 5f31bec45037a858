"""GPE and LOC: places by gazetteer, by type word and by context, and the place predicates other rules share."""

"""Titles, ranks and roles before or after a name, the body and place inside a role, and the name that holds it."""

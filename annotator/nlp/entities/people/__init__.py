"""PERSON: where a person's name starts and ends, its forms (initials, nicknames, aliases) and what is no name."""

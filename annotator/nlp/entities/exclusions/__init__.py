"""What looks like a name and is no entity: flags and laws, facilities, vehicles, abbreviated nouns."""

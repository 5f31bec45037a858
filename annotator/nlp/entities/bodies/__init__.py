"""ORG (and EVENT): bodies by head and tail word, acronyms and long forms, companies, clubs, police and courts."""

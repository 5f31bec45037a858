"""DATE: mentions from the language's date patterns, and the joins the conventions ask for."""

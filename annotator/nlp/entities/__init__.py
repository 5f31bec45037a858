"""Named entities (PERSON, ORG, GPE, LOC, DATE, ...): the rule scan and its rules, one module each."""

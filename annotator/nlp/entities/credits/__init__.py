"""Entities in a page's credits: photo and outlet credits, bylines, regional papers' paragraph credits."""

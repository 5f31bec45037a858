"""annotator: build annotated corpora of news articles (entities and quotations).

The core (``model``, ``text``, ``storage``, ``importers``, ``exporters``, ``nlp``, ``evaluation``)
never imports Qt; ``gui`` is a thin layer on top, ``cli`` another.
"""

__version__ = "0.1.0"

"""Developer scripts: model building and training helpers, not shipped with Lisible."""
